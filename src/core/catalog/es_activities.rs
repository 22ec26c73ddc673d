//! Spanish words for the activity library, in the same order as `plan::library::ACTIVITIES`.
//! Steps for one person speak to the reader ("tú"); steps for both speak to the couple
//! ("ustedes"), and "cada quien" and "quien escucha" keep them free of "-o/-a".

use super::ActivityText;

pub const ACTIVITIES_ES: [ActivityText; 49] = [
    // Safety
    ActivityText {
        id: "safety-thank-for-honesty",
        title: "Agradece su sinceridad",
        steps: &[
            "Fíjate cuando tu pareja te cuente algo sincero, aunque sea pequeño.",
            "Dale las gracias antes de dar tu opinión o un consejo.",
            "Habla con calma, aunque te haya costado escucharlo.",
        ],
        why: "Ayuda a que tu pareja se anime a ser como es, porque la sinceridad que recibe un gracias es más fácil de repetir.",
    },
    ActivityText {
        id: "safety-pause-before-reacting",
        title: "Haz una pausa antes de reaccionar",
        steps: &[
            "Si algo que dice tu pareja te duele, respira hondo una vez, despacio.",
            "Pregúntate qué puede estar sintiendo en este momento.",
            "Responde cuando tengas más calma, o di que necesitas un minuto.",
        ],
        why: "Ayuda a que los dos se animen a hablar, porque una respuesta tranquila muestra que decir la verdad no termina en pelea.",
    },
    ActivityText {
        id: "safety-listen-without-fixing",
        title: "Diez minutos de escuchar sin arreglar nada",
        steps: &[
            "Siéntense a solas y dejen los celulares lejos.",
            "Quien empieza habla cinco minutos de lo que tenga en mente.",
            "Quien escucha solo escucha: sin consejos, sin corregir y sin bromas.",
            "Cambien de papel y luego dense las gracias.",
        ],
        why: "Ayuda a que te sientas libre de ser como eres, porque puedes hablar sin miedo y sentir que te escuchan sin juzgarte.",
    },
    ActivityText {
        id: "safety-notice-what-helps",
        title: "Fíjate cuándo te sientes en confianza",
        steps: &[
            "Anota dos o tres momentos en que te sentiste libre de ser como eres con tu pareja.",
            "Junto a cada uno, escribe qué dijo o hizo tu pareja que te ayudó.",
            "Si quieres, cuéntale uno de esos momentos y dale las gracias.",
        ],
        why: "Ayuda a que crezca la confianza, porque los dos aprenden qué les hace más fácil abrirse y pueden hacerlo más.",
    },
    ActivityText {
        id: "safety-reconnect-after-tension",
        title: "Acércate después de un momento tenso",
        steps: &[
            "Después de una discusión o un momento tenso, espera a que haya más calma entre los dos.",
            "Pregúntale a tu pareja si quiere un abrazo o tomarse de la mano.",
            "Dile, con tus propias palabras, que siguen en el mismo equipo.",
            "Si te dice que no, acéptalo con cariño y vuelve a ofrecerlo más tarde.",
        ],
        why: "Ayuda a recuperar la confianza después de un conflicto, porque un gesto suave muestra que una discusión no pone en riesgo su relación.",
    },
    ActivityText {
        id: "safety-ground-rules",
        title: "Acuerden unas reglas amables",
        steps: &[
            "Cada quien dice una cosa que le ayuda a sentirse en confianza en una charla difícil.",
            "Piensen en cosas como no interrumpir, no insultar o hacer una pausa si suben las voces.",
            "Elijan dos o tres reglas que les gusten a los dos y anótenlas.",
            "Dejen la lista en un lugar donde los dos la vean.",
        ],
        why: "Ayuda a que los dos se animen a decir lo que piensan, porque saben que la charla seguirá siendo amable aunque no estén de acuerdo.",
    },
    ActivityText {
        id: "safety-share-something-hidden",
        title: "Cuenta algo que sueles guardarte",
        steps: &[
            "Hazlo solo si los dos tienen ganas, y cuenta solo lo que te resulte cómodo.",
            "Cada quien cuenta algo pequeño que suele guardarse, como una preocupación o una costumbre.",
            "Quien escucha da las gracias y no juzga ni se burla.",
            "Paren en cualquier momento si uno de los dos lo pide.",
        ],
        why: "Ayuda a sentir que te aceptan tal como eres, porque el cariño ante las cosas pequeñas hace más fácil contar las grandes.",
    },
    // Sharing
    ActivityText {
        id: "sharing-one-feeling",
        title: "Nombra algo que sentiste hoy",
        steps: &[
            "Elige algo que sentiste hoy, grande o pequeño.",
            "Cuéntale a tu pareja qué sentiste y cuándo, por ejemplo: me sentí feliz cuando mi amiga me dio las gracias.",
            "Que sea breve, y dile a tu pareja que no hay nada que arreglar.",
        ],
        why: "Ayuda a contar lo que llevas dentro, porque nombrar un sentimiento al día vuelve fácil la costumbre de abrirte.",
    },
    ActivityText {
        id: "sharing-feelings-notes",
        title: "Anota cómo te sentiste",
        steps: &[
            "Al final del día, escribe tres palabras sobre cómo te sentiste.",
            "Marca una que podrías contarle a tu pareja.",
            "Cuéntasela cuando sea un buen momento.",
        ],
        why: "Ayuda a contar lo que llevas dentro, porque es más fácil hablar de lo que sientes cuando ya tienes palabras para eso.",
    },
    ActivityText {
        id: "sharing-best-and-hardest",
        title: "Lo mejor y lo más difícil de la semana",
        steps: &[
            "Cada quien cuenta el mejor momento de su semana.",
            "Luego cada quien cuenta el momento más difícil.",
            "Quien escucha hace una pregunta para saber más, y después cambian.",
        ],
        why: "Ayuda a contar lo que llevas dentro, porque conocen lo bueno y también lo malo de la semana del otro.",
    },
    ActivityText {
        id: "sharing-dreams-walk",
        title: "Una caminata para hablar de sueños",
        steps: &[
            "Sal a caminar con tu pareja, con los celulares en silencio.",
            "Cada quien cuenta algo que le encantaría hacer o probar en los próximos años.",
            "Pregúntale a tu pareja qué le atrae de eso, y escucha con interés.",
            "Busquen una forma pequeña de ayudarse a acercarse a ese sueño.",
        ],
        why: "Ayuda a contar lo que llevas dentro, porque hablar de lo que deseas le muestra a tu pareja lo que más te importa.",
    },
    ActivityText {
        id: "sharing-question-game",
        title: "Jueguen a las preguntas",
        steps: &[
            "Cada quien escribe tres preguntas en papelitos, sobre sentimientos, planes o recuerdos.",
            "Pongan los papelitos en un tazón y saquen uno por turnos.",
            "Respondan tanto o tan poco como quieran, y sáltense cualquier pregunta.",
        ],
        why: "Ayuda a que se abran más, porque un juego ligero hace más fácil hablar de cosas que casi nunca salen.",
    },
    ActivityText {
        id: "sharing-letter-of-hopes",
        title: "Escribe una carta sobre lo que deseas",
        steps: &[
            "Busca media hora tranquila y escríbele una carta a tu pareja.",
            "Cuéntale lo que deseas para la vida que comparten, y por qué.",
            "Agrega también una preocupación, pero solo si te sientes capaz.",
            "Dásela cuando tengas ganas, o léela en voz alta con tu pareja.",
        ],
        why: "Ayuda a contar lo que llevas dentro, porque al escribir tienes tiempo de encontrar palabras para lo que cuesta decir en voz alta.",
    },
    ActivityText {
        id: "sharing-a-fear",
        title: "Comparte un miedo que llevas dentro",
        steps: &[
            "Elijan un momento tranquilo y sin prisas, en que los dos tengan ganas.",
            "Cada quien cuenta un miedo que no ha dicho en voz alta, solo hasta donde se sienta bien.",
            "Quien escucha solo escucha, y después agradece la confianza.",
            "Terminen con unas palabras amables para el otro.",
        ],
        why: "Ayuda a contar lo que llevas dentro, porque confiarse un miedo y recibir cariño crea un lazo más profundo.",
    },
    // Understanding
    ActivityText {
        id: "understanding-say-it-back",
        title: "Repite lo que escuchaste",
        steps: &[
            "Cuando tu pareja te cuente algo, resúmelo con tus propias palabras.",
            "Puedes decir algo como: o sea, hoy fue un día muy cansado.",
            "Luego pregúntale si lo entendiste bien, y escucha su respuesta.",
        ],
        why: "Ayuda a que tu pareja se sienta comprendida, porque nota que captaste lo que quiso decir, no solo lo que dijo.",
    },
    ActivityText {
        id: "understanding-full-attention",
        title: "Escucha con toda tu atención",
        steps: &[
            "Cuando tu pareja empiece a hablar, deja lo que estás haciendo.",
            "Gírate hacia tu pareja y pon el celular boca abajo.",
            "Piensa en lo que quiere decir, no en lo que vas a responder.",
        ],
        why: "Ayuda a que tu pareja se sienta comprendida, porque tu atención completa le muestra que lo que dice te importa.",
    },
    ActivityText {
        id: "understanding-ask-about-their-world",
        title: "Pregunta por su mundo",
        steps: &[
            "Piensa en una parte de la vida de tu pareja que conoces poco, como su trabajo, una amistad o un pasatiempo.",
            "Pregúntale por eso con interés de verdad.",
            "Haz una pregunta más antes de contar algo tuyo.",
        ],
        why: "Ayuda a que tu pareja se sienta comprendida, porque tu interés muestra que quieres conocer a la persona que es hoy.",
    },
    ActivityText {
        id: "understanding-their-side",
        title: "Escribe cómo lo vivió tu pareja",
        steps: &[
            "Piensa en un desacuerdo reciente entre ustedes.",
            "Escribe cómo pudo verlo y sentirlo tu pareja.",
            "Anota qué pudo necesitar de ti en ese momento.",
            "Si te parece bien, cuéntale lo que ahora entiendes.",
        ],
        why: "Ayuda a que se entiendan mejor, porque intentar ver el lado de tu pareja suele hacer más suave la próxima charla.",
    },
    ActivityText {
        id: "understanding-know-each-other-game",
        title: "Un juego para conocerse",
        steps: &[
            "Cada quien escribe cinco preguntas sobre su vida, como su comida favorita o algo que le ronda la cabeza.",
            "Intercambien las listas y adivinen las respuestas del otro.",
            "Digan las respuestas reales y hablen de las sorpresas.",
            "Que sea un juego: sin puntos y sin burlas.",
        ],
        why: "Ayuda a sentir que te entienden, porque muestra cuánto se conocen hoy y qué ha cambiado.",
    },
    ActivityText {
        id: "understanding-take-turns-heard",
        title: "Hablen y escuchen por turnos",
        steps: &[
            "Elijan un tema pequeño en el que piensen distinto.",
            "Quien empieza habla tres minutos, y quien escucha no dice nada.",
            "Quien escucha resume lo que oyó, y después cambian.",
            "Busquen entenderse, no ganar.",
        ],
        why: "Ayuda a que se entiendan mejor, porque cada quien tiene un turno completo para explicarse y oír sus palabras en boca del otro.",
    },
    ActivityText {
        id: "understanding-feeling-misunderstood",
        title: "Hablen de los malentendidos",
        steps: &[
            "Hagan esto solo si los dos tienen ganas y están en calma.",
            "Cada quien cuenta una vez en que sintió que su pareja no entendía lo que le pasaba, sin culpar.",
            "Quien escucha dice qué parte entiende, sin defenderse.",
            "Para terminar, cada quien dice una cosa que intentará la próxima vez.",
        ],
        why: "Ayuda a sentir que te entienden, porque ver que tu pareja acepta lo que sientes puede aliviar heridas viejas y acortar distancias.",
    },
    // Support
    ActivityText {
        id: "support-real-how-are-you",
        title: "Pregúntale cómo está de verdad",
        steps: &[
            "Una vez al día, pregúntale a tu pareja cómo está, y espera la respuesta sincera.",
            "Si te cuenta algo difícil, pregúntale si quiere ayuda o solo desahogarse.",
            "Dale lo que pida, aunque tengas ganas de arreglarlo.",
        ],
        why: "Ayuda a que tu pareja se sienta cuidada, porque una pregunta sincera y un oído paciente muestran que lo que siente te importa.",
    },
    ActivityText {
        id: "support-small-act-of-care",
        title: "Un pequeño gesto de cuidado",
        steps: &[
            "Piensa en algo que le haría el día un poco más fácil a tu pareja.",
            "Hazlo. Puede ser prepararle algo de tomar o encargarte de una tarea de la casa.",
            "No lleves la cuenta ni esperes que te den las gracias.",
        ],
        why: "Ayuda a que tu pareja se sienta apoyada, porque los pequeños gestos de cuidado le muestran cada día que cuenta contigo.",
    },
    ActivityText {
        id: "support-be-there-hard-day",
        title: "Acompaña a tu pareja en un día difícil",
        steps: &[
            "Cuando tu pareja tenga un mal día, deja tus cosas a un lado por diez minutos.",
            "Siéntate a su lado, guarda el celular y deja que hable.",
            "Pregúntale qué le ayudaría esta noche, y quédate aunque no haya nada que arreglar.",
        ],
        why: "Ayuda a que tu pareja se sienta menos sola, porque tu compañía tranquila le muestra que estás ahí.",
    },
    ActivityText {
        id: "support-shoulder-rub",
        title: "Un masaje en los hombros al final del día",
        steps: &[
            "Ofrécele a tu pareja un masaje suave en los hombros o la espalda.",
            "Pregúntale qué presión le gusta y dónde siente tensión.",
            "Que sea solo para dar alivio, sin esperar nada más.",
        ],
        why: "Ayuda a que tu pareja se sienta cuidada, porque el contacto con cariño baja el estrés y muestra que notas cómo se siente.",
    },
    ActivityText {
        id: "support-what-helps-me",
        title: "Descubre qué apoyo necesitas",
        steps: &[
            "Anota lo que más te ayuda cuando tienes estrés.",
            "Piensa en abrazos, que te escuchen, ayuda práctica o un rato de calma.",
            "Comparte tu lista con tu pareja y proponle que haga la suya.",
        ],
        why: "Ayuda a que los dos sientan apoyo, porque tu pareja puede cuidarte mejor cuando sabe qué es lo que necesitas.",
    },
    ActivityText {
        id: "support-weekly-check-in",
        title: "Una charla cada semana",
        steps: &[
            "Elijan un momento tranquilo cada semana y siéntense a hablar.",
            "Cada quien cuenta qué tiene pendiente y qué le puede costar esta semana.",
            "Pregúntense qué cosa les ayudaría, y anótenla.",
            "La semana siguiente, empiecen por preguntar cómo les fue.",
        ],
        why: "Ayuda a sentir apoyo, porque hablar cada semana hace que el cuidado sea constante y no quede al azar.",
    },
    ActivityText {
        id: "support-ask-for-help",
        title: "Pide ayuda con algo difícil",
        steps: &[
            "Piensa en algo que has estado cargando sin ayuda.",
            "Cuando tengas ganas, cuéntaselo a tu pareja, solo lo que te resulte cómodo.",
            "Di con claridad qué te ayudaría, como que te escuche o te eche una mano con algo.",
        ],
        why: "Ayuda a sentir apoyo, porque dejar que tu pareja vea lo que te cuesta le da la oportunidad de acompañarte.",
    },
    // Closeness
    ActivityText {
        id: "closeness-thinking-of-you",
        title: "Manda un mensaje de \"pienso en ti\"",
        steps: &[
            "Una vez durante el día, mándale a tu pareja un mensaje corto.",
            "Cuéntale algo que te hizo pensar en tu pareja, o escribe solo: pienso en ti.",
            "Deja que responda cuando pueda.",
        ],
        why: "Ayuda a sentirse cerca aunque estén lejos, porque un mensaje corto dice que se tienen presentes.",
    },
    ActivityText {
        id: "closeness-goodbye-hello",
        title: "Despedidas y saludos con cariño",
        steps: &[
            "Cuando uno de los dos sale o llega a casa, dejen lo que están haciendo.",
            "Dense un abrazo, o tomen un momento la mano del otro.",
            "Despídanse o salúdense de verdad, mirándose a los ojos.",
        ],
        why: "Ayuda a sentir cercanía, porque cuidar cada despedida y cada regreso les recuerda que se tienen el uno al otro.",
    },
    ActivityText {
        id: "closeness-notice-in-step",
        title: "Fíjate cuándo fueron un equipo",
        steps: &[
            "Al final de la semana, recuerda momentos en que se sintieron un equipo.",
            "Anota uno, y qué hizo que funcionara.",
            "Cuéntaselo a tu pareja y dale las gracias.",
        ],
        why: "Ayuda a sentir cercanía, porque notar lo que ya funciona refuerza la sensación de ser un equipo.",
    },
    ActivityText {
        id: "closeness-plan-week-as-team",
        title: "Planeen la semana en equipo",
        steps: &[
            "Siéntense a revisar la semana que viene.",
            "Vean qué días serán más cargados o difíciles para cada quien.",
            "Acuerden una forma de ayudarse.",
            "Elijan un momento de la semana para pasarlo en pareja.",
        ],
        why: "Ayuda a sentirse en sintonía, porque enfrentar la semana lado a lado convierte dos vidas ocupadas en un plan en común.",
    },
    ActivityText {
        id: "closeness-small-project",
        title: "Empiecen un proyecto pequeño en pareja",
        steps: &[
            "Elijan algo pequeño que les guste a los dos, como una receta nueva, una planta o un rompecabezas.",
            "Aparten media hora para hacerlo en pareja.",
            "Disfruten más el hacerlo lado a lado que el resultado.",
        ],
        why: "Ayuda a sentirse un equipo, porque trabajar por algo en común les da logros que son de los dos.",
    },
    ActivityText {
        id: "closeness-favourite-memory",
        title: "Comparte un recuerdo favorito",
        steps: &[
            "Mira fotos viejas de ustedes dos.",
            "Elige una que te traiga un momento feliz.",
            "Muéstrasela a tu pareja y cuéntale qué recuerdas y por qué te importa.",
        ],
        why: "Ayuda a sentir cercanía, porque volver a los buenos momentos les recuerda el lazo que comparten.",
    },
    ActivityText {
        id: "closeness-far-and-close",
        title: "Hablen de sentirse cerca y lejos",
        steps: &[
            "Elijan un momento tranquilo en que los dos tengan ganas de una charla más profunda.",
            "Cada quien cuenta una vez reciente en que se sintió cerca, y otra en que se sintió lejos.",
            "Hablen de qué fue distinto, sin culparse.",
            "Cuenten solo lo que les resulte cómodo, y paren si se vuelve demasiado.",
        ],
        why: "Ayuda a volver a sentirse cerca, porque saber qué crea distancia entre ustedes les muestra cómo reencontrarse.",
    },
    // Time
    ActivityText {
        id: "time-phone-free-dinner",
        title: "Una cena sin celulares",
        steps: &[
            "Dejen los dos celulares en otro cuarto antes de sentarse.",
            "Coman en la mesa, con la tele apagada.",
            "Pregúntense cómo les fue en el día, y escuchen de verdad las respuestas.",
        ],
        why: "Ayuda a darse tiempo y atención, porque sin pantallas se notan más el uno al otro.",
    },
    ActivityText {
        id: "time-five-quiet-minutes",
        title: "Cinco minutos sin pantallas",
        steps: &[
            "Elijan un momento de cada día para compartir cinco minutos.",
            "Guarden los celulares donde no se vean y apaguen la tele.",
            "Hablen de lo que sea, o solo disfruten la compañía.",
        ],
        why: "Ayuda a hacerse tiempo, porque unos minutos de atención completa cada día suman mucho.",
    },
    ActivityText {
        id: "time-look-up",
        title: "Levanta la vista cuando llegue",
        steps: &[
            "Cuando tu pareja entre al cuarto o empiece a hablar, deja el celular.",
            "Levanta la vista, sonríe y dile hola.",
            "Dale toda tu atención durante al menos un minuto.",
        ],
        why: "Ayuda a que tu pareja sienta tu atención, porque levantar la vista le muestra que te importa más que la pantalla.",
    },
    ActivityText {
        id: "time-plan-a-date",
        title: "Planea una cita",
        steps: &[
            "Piensa en algo que le guste a tu pareja, o en algo que a los dos les encantaba hacer antes.",
            "Elige un momento, confirma que les sirve a los dos y anótalo en el calendario.",
            "Resuelve los detalles, como una reserva o quién cuida a los niños, para que tu pareja pueda relajarse.",
        ],
        why: "Ayuda a hacerse tiempo, porque planear una cita le muestra a tu pareja que estar a su lado es lo primero para ti.",
    },
    ActivityText {
        id: "time-something-you-both-enjoy",
        title: "Hagan algo que les guste a los dos",
        steps: &[
            "Hagan una lista de cinco cosas que a los dos les gusta hacer.",
            "Elijan una y aparten media hora para eso esta semana.",
            "Dejen los celulares a un lado mientras tanto.",
        ],
        why: "Ayuda a disfrutar el tiempo en pareja, porque divertirse les recuerda por qué disfrutan de su compañía.",
    },
    ActivityText {
        id: "time-notice-screen-time",
        title: "Fíjate a dónde se va tu tiempo",
        steps: &[
            "Durante un día, fíjate cuándo buscas una pantalla mientras tu pareja está cerca.",
            "Por la noche, anota uno o dos de esos momentos.",
            "Elige uno para cambiarlo esta semana por tiempo con tu pareja.",
        ],
        why: "Ayuda a que se presten más atención, porque ver tus propios hábitos hace más fácil cambiarlos.",
    },
    ActivityText {
        id: "time-long-talk",
        title: "Una charla larga sobre su tiempo en pareja",
        steps: &[
            "Aparten media hora, con los celulares en otro cuarto.",
            "Cada quien cuenta qué extraña del tiempo en pareja y qué le gustaría hacer más a menudo.",
            "Escuchen sin defenderse, y cuenten solo lo que tengan ganas de contar.",
            "Acuerden un cambio para probar este mes.",
        ],
        why: "Ayuda a cuidar su tiempo en pareja, porque decir lo que extrañan les ayuda a crear el tiempo que quieren.",
    },
    // Affection
    ActivityText {
        id: "affection-long-hug",
        title: "Un abrazo lento cada día",
        steps: &[
            "Una vez al día, ofrécele un abrazo a tu pareja.",
            "Que dure unas cuantas respiraciones lentas, un poco más de lo normal.",
            "Suelta con suavidad, y sonríe.",
        ],
        why: "Ayuda a que vuelva la ternura, porque un abrazo largo es una forma sencilla de sentir amor sin decir nada.",
    },
    ActivityText {
        id: "affection-say-one-kind-thing",
        title: "Di una cosa bonita",
        steps: &[
            "Cada día, dile a tu pareja algo que te encanta o que admiras de su forma de ser.",
            "Di algo concreto, como la forma en que cuidó a una amistad o te hizo reír.",
            "Díselo en persona, o en un mensaje si están lejos.",
        ],
        why: "Ayuda a que tu pareja se sienta querida, porque las palabras cálidas le recuerdan cada día que es importante para ti.",
    },
    ActivityText {
        id: "affection-hold-hands-walk",
        title: "De la mano en una caminata corta",
        steps: &[
            "Salgan a caminar diez minutos.",
            "Vayan de la mano una parte del camino, o todo.",
            "Hablen de lo que sea, o solo disfruten del silencio.",
        ],
        why: "Ayuda a que vuelva el cariño, porque un contacto sencillo, como ir de la mano, mantiene viva la ternura entre ustedes.",
    },
    ActivityText {
        id: "affection-love-note",
        title: "Deja una notita de amor",
        steps: &[
            "Escribe una nota corta que le diga a tu pareja algo que te encanta de su persona.",
            "Déjala donde la vaya a encontrar, como en un bolsillo, una bolsa o el espejo.",
            "Que sea corta y cariñosa: una línea basta.",
        ],
        why: "Ayuda a que tu pareja se sienta querida, porque una nota sorpresa le muestra cariño de una forma que puede guardar y volver a leer.",
    },
    ActivityText {
        id: "affection-hand-foot-massage",
        title: "Masajes de manos o pies por turnos",
        steps: &[
            "Túrnense para darse un masaje suave en las manos o en los pies.",
            "Pregúntense qué se siente bien y qué conviene evitar.",
            "Que sea solo para dar alivio y cariño, sin esperar nada más.",
        ],
        why: "Ayuda a sentir ternura y cuidado, porque un contacto suave y tranquilo crea cercanía sin ninguna presión.",
    },
    ActivityText {
        id: "affection-what-feels-loving",
        title: "Qué te hace sentir que te quieren",
        steps: &[
            "Anota tres cosas pequeñas que te hacen sentir que te quieren.",
            "Piensa en palabras amables, abrazos, ayuda con una tarea o tiempo en pareja.",
            "Comparte tu lista y proponle a tu pareja que escriba la suya.",
        ],
        why: "Ayuda a mostrar un cariño que tu pareja sienta de verdad, porque cada quien aprende qué le llega al otro.",
    },
    ActivityText {
        id: "affection-talk-about-warmth",
        title: "Hablen del cariño que extrañan",
        steps: &[
            "Elijan un momento tranquilo en que los dos tengan ganas.",
            "Cada quien cuenta qué tipo de cariño le gustaría recibir más.",
            "Digan lo que les gustaría, no lo que el otro hace mal.",
            "Cuenten solo lo que les resulte cómodo, y acuerden un paso pequeño.",
        ],
        why: "Ayuda a que vuelva la ternura, porque decir lo que extrañas, con suavidad y sin culpar, le muestra a tu pareja cómo llegar a ti.",
    },
];
