/*
 * The Intimacy check block in the editor. Plain JavaScript on WordPress's own globals: no
 * build step. The page itself is rendered on the server (render.php); the editor shows a
 * placeholder that says what the published page will show, and the options in the sidebar.
 */
( function ( wp ) {
	const { registerBlockType } = wp.blocks;
	const { createElement: el, Fragment } = wp.element;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, TextControl, TextareaControl, SelectControl, Placeholder } = wp.components;
	const { __ } = wp.i18n;

	const TEXT_FIELDS = [
		[ 'practiceName', __( 'Practice name', 'intimacy-check' ), __( 'Shown on the quiz and its "Getting help" panel.', 'intimacy-check' ) ],
		[ 'contactUrl', __( 'Contact page or email', 'intimacy-check' ), __( 'https://…, mailto:… or a page on this site such as /contact', 'intimacy-check' ) ],
		[ 'contactPhone', __( 'Phone number', 'intimacy-check' ), '' ],
		[ 'accent', __( 'Accent colour', 'intimacy-check' ), __( 'Like #2a6f97. Too light a colour is darkened so text stays readable.', 'intimacy-check' ) ],
		[ 'exitUrl', __( 'Quick exit page', 'intimacy-check' ), __( 'A neutral site the quick exit button goes to.', 'intimacy-check' ) ],
		[ 'storageKey', __( 'Storage name', 'intimacy-check' ), __( 'Letters, digits, - and _. Keeps this quiz\'s saved answers apart from another one on your site.', 'intimacy-check' ) ],
	];

	registerBlockType( 'intimacy-check/quiz', {
		edit( { attributes, setAttributes } ) {
			const set = ( name ) => ( value ) => setAttributes( { [ name ]: value } );
			// Every one-line field is made here, so they all look and behave alike.
			const textControl = ( [ name, label, help ] ) => el( TextControl, {
				key: name,
				label,
				help,
				value: attributes[ name ],
				onChange: set( name ),
				__next40pxDefaultSize: true,
				__nextHasNoMarginBottom: true,
			} );
			const controls = TEXT_FIELDS.map( textControl );
			controls.splice( 3, 0, el( TextareaControl, {
				key: 'helpText',
				label: __( 'Help text', 'intimacy-check' ),
				help: __( 'Your own words for the "Getting help" panel (600 characters at most).', 'intimacy-check' ),
				value: attributes.helpText,
				onChange: set( 'helpText' ),
				__nextHasNoMarginBottom: true,
			} ) );
			// For a visitor who is afraid of their partner, right after the help text.
			controls.splice( 4, 0, ...[
				[ 'safetyUrl', __( 'Safety page or service', 'intimacy-check' ), __( 'Your safety page or a local abuse service: https://…, mailto:… or a page on this site such as /safety', 'intimacy-check' ) ],
				[ 'safetyPhone', __( 'Safety phone line', 'intimacy-check' ), '' ],
			].map( textControl ), el( TextareaControl, {
				key: 'safetyText',
				label: __( 'Safety text', 'intimacy-check' ),
				help: __( 'Your own words for the safety panel, such as which helpline to call (600 characters at most).', 'intimacy-check' ),
				value: attributes.safetyText,
				onChange: set( 'safetyText' ),
				__nextHasNoMarginBottom: true,
			} ) );
			controls.push( el( SelectControl, {
				key: 'lang',
				label: __( 'Language', 'intimacy-check' ),
				value: attributes.lang,
				options: [
					{ value: '', label: __( 'As on the settings page', 'intimacy-check' ) },
					{ value: 'en', label: __( 'English', 'intimacy-check' ) },
					{ value: 'es', label: __( 'Spanish', 'intimacy-check' ) },
					{ value: 'auto', label: __( "The page's language, then the visitor's browser", 'intimacy-check' ) },
				],
				onChange: set( 'lang' ),
				__next40pxDefaultSize: true,
				__nextHasNoMarginBottom: true,
			} ) );
			controls.push( ...[
				[ 'langs', __( 'Language switch', 'intimacy-check' ), __( 'Let visitors switch language: list the languages, such as en es.', 'intimacy-check' ) ],
				[ 'texts', __( 'Your own words', 'intimacy-check' ), __( 'The address of a JSON file with your texts, such as /our-words.json.', 'intimacy-check' ) ],
			].map( textControl ) );
			controls.push( el( SelectControl, {
				key: 'start',
				label: __( 'A returning visitor sees', 'intimacy-check' ),
				value: attributes.start,
				options: [
					{ value: '', label: __( 'Where they left off', 'intimacy-check' ) },
					{ value: 'plan', label: __( 'Their plan, if they made one', 'intimacy-check' ) },
				],
				onChange: set( 'start' ),
				__next40pxDefaultSize: true,
				__nextHasNoMarginBottom: true,
			} ) );

			const name = attributes.practiceName;
			return el( Fragment, null,
				el( InspectorControls, null,
					el( PanelBody, { title: __( 'Quiz settings', 'intimacy-check' ) },
						el( 'p', null, __( 'Empty fields use the values on Settings → Intimacy Check.', 'intimacy-check' ) ),
						...controls ) ),
				el( 'div', useBlockProps(),
					el( Placeholder, {
						icon: 'heart',
						label: __( 'Intimacy check', 'intimacy-check' ),
						instructions: name
							? __( 'The quiz shows here on the published page, offered by: ', 'intimacy-check' ) + name
							: __( 'The quiz shows here on the published page. Its options are in the block sidebar.', 'intimacy-check' ),
					} ) ) );
		},
		save: () => null,
	} );
}( window.wp ) );
