//! English words for the activity library, in the same order as `plan::library::ACTIVITIES`.

use super::ActivityText;

pub const ACTIVITIES_EN: [ActivityText; 49] = [
    // Safety
    ActivityText {
        id: "safety-thank-for-honesty",
        title: "Thank them for being honest",
        steps: &[
            "Notice when your partner tells you something real, even something small.",
            "Say thank you before you give your opinion or any advice.",
            "Keep your voice calm, even if it was hard to hear.",
        ],
        why: "It helps your partner feel safe to be themselves, because honesty that is met with thanks is easier to try again.",
    },
    ActivityText {
        id: "safety-pause-before-reacting",
        title: "Pause before you react",
        steps: &[
            "When something your partner says stings, take one slow breath first.",
            "Ask yourself what they might be feeling right now.",
            "Answer once you feel calmer, or say that you need a minute.",
        ],
        why: "It helps you both feel safe to speak up, because a calm answer shows that honest words will not lead to a fight.",
    },
    ActivityText {
        id: "safety-listen-without-fixing",
        title: "Ten minutes of listening, no fixing",
        steps: &[
            "Sit down together and put your phones out of reach.",
            "Let one of you talk for five minutes about anything on your mind.",
            "As the listener, just listen, with no advice, no correcting and no jokes.",
            "Swap roles, then thank each other.",
        ],
        why: "It helps you feel safe to be yourself, because you get to speak freely and be heard without being judged.",
    },
    ActivityText {
        id: "safety-notice-what-helps",
        title: "Notice when you feel safe",
        steps: &[
            "Write down two or three times you felt free to be yourself with your partner.",
            "Next to each one, note what your partner said or did that helped.",
            "If you like, tell your partner about one of them and say thank you.",
        ],
        why: "It helps safety grow, because you both learn what makes it easier to open up and can do more of it.",
    },
    ActivityText {
        id: "safety-reconnect-after-tension",
        title: "Reconnect after a tense moment",
        steps: &[
            "After a disagreement or a tense moment, wait until you both feel calmer.",
            "Ask if your partner would like a hug or to hold hands.",
            "Tell them, in your own words, that you are still on the same side.",
            "Accept a no kindly, and offer again later.",
        ],
        why: "It helps you both feel safe after a conflict, because a gentle touch shows that one disagreement does not put your bond at risk.",
    },
    ActivityText {
        id: "safety-ground-rules",
        title: "Agree on kind ground rules",
        steps: &[
            "Each name one thing that helps you feel safe in a hard talk.",
            "Think of things like no interrupting, no name-calling, or a break when voices rise.",
            "Pick two or three rules you both like and write them down.",
            "Keep the list somewhere you will both see it.",
        ],
        why: "It helps you both feel safe to say what you think, because you know the talk will stay kind even when you disagree.",
    },
    ActivityText {
        id: "safety-share-something-hidden",
        title: "Share something you usually keep back",
        steps: &[
            "Try this only if you both feel ready, and share only what you are comfortable with.",
            "Each tell one small thing you usually keep to yourself, like a worry or a habit.",
            "As the listener, say thank you and hold back any judgment or teasing.",
            "Stop at any time if either of you wants to.",
        ],
        why: "It helps you feel accepted as your whole self, because kindness about small things makes bigger things easier to share.",
    },
    // Sharing
    ActivityText {
        id: "sharing-one-feeling",
        title: "Name one feeling from your day",
        steps: &[
            "Pick one feeling you had today, big or small.",
            "Tell your partner what you felt and when, for example: I felt proud when my friend thanked me.",
            "Keep it short, and let your partner know there is nothing to fix.",
        ],
        why: "It helps you share your inner world, because naming one feeling a day turns opening up into an easy habit.",
    },
    ActivityText {
        id: "sharing-feelings-notes",
        title: "Jot down how you felt",
        steps: &[
            "At the end of the day, write three words for how you felt.",
            "Circle one that you could share with your partner.",
            "Tell them about it when the moment feels right.",
        ],
        why: "It helps you share what is inside, because feelings are easier to tell once you have found words for them.",
    },
    ActivityText {
        id: "sharing-best-and-hardest",
        title: "The best and hardest of the week",
        steps: &[
            "Each share the best moment of your week.",
            "Then each share the hardest moment of your week.",
            "As the listener, ask one question to learn more, then swap.",
        ],
        why: "It helps you share your inner world, because you hear about the lows as well as the highs of each other's week.",
    },
    ActivityText {
        id: "sharing-dreams-walk",
        title: "A walk to talk about dreams",
        steps: &[
            "Go for a walk together, with your phones on silent.",
            "Each share one thing you would love to do or try in the next few years.",
            "Ask what draws your partner to it, and listen with interest.",
            "Look for one small way to help each other get closer to it.",
        ],
        why: "It helps you share your inner world, because talking about what you long for shows your partner what matters most to you.",
    },
    ActivityText {
        id: "sharing-question-game",
        title: "Play a question game",
        steps: &[
            "Each write three questions on slips of paper about feelings, plans or memories.",
            "Put the slips in a bowl and take turns to pull one out.",
            "Answer as much or as little as you like, and skip any question you want.",
        ],
        why: "It helps you share more of yourselves, because a light game makes it easier to talk about things you rarely bring up.",
    },
    ActivityText {
        id: "sharing-letter-of-hopes",
        title: "Write a letter about your hopes",
        steps: &[
            "Find a quiet half hour and write a letter to your partner.",
            "Tell them what you hope for in your life together, and why.",
            "Add one worry too, but only if you feel able.",
            "Give it to them when you feel ready, or read it out together.",
        ],
        why: "It helps you share your inner world, because writing gives you time to find words for things that are hard to say out loud.",
    },
    ActivityText {
        id: "sharing-a-fear",
        title: "Share a fear you carry",
        steps: &[
            "Choose a quiet time when you both feel ready and are not rushed.",
            "Each share one fear you have not said out loud, only as much as feels okay.",
            "As the listener, just listen, then thank your partner for trusting you.",
            "Finish with a few kind words for each other.",
        ],
        why: "It helps you share your inner world, because trusting each other with a fear, and being met with care, builds a deeper bond.",
    },
    // Understanding
    ActivityText {
        id: "understanding-say-it-back",
        title: "Say back what you heard",
        steps: &[
            "When your partner tells you something, sum it up in your own words.",
            "Try a phrase like: so it sounds like today was really tiring.",
            "Then ask if you got it right, and listen to the answer.",
        ],
        why: "It helps your partner feel understood, because they hear that you took in what they meant, not just what they said.",
    },
    ActivityText {
        id: "understanding-full-attention",
        title: "Listen with your full attention",
        steps: &[
            "When your partner starts to talk, stop what you are doing.",
            "Turn toward them and put your phone face down.",
            "Focus on what they mean, not on what you will say next.",
        ],
        why: "It helps your partner feel understood, because your full attention shows that what they say matters to you.",
    },
    ActivityText {
        id: "understanding-ask-about-their-world",
        title: "Ask about their world",
        steps: &[
            "Think of a part of your partner's life you know little about, like work, a friend or a hobby.",
            "Ask them about it with real interest.",
            "Ask one more question before you share anything about yourself.",
        ],
        why: "It helps your partner feel understood, because your interest shows that you want to know them as they are today.",
    },
    ActivityText {
        id: "understanding-their-side",
        title: "Write down their side",
        steps: &[
            "Think of a recent disagreement between you.",
            "Write how it may have looked and felt from your partner's side.",
            "Note what they might have needed from you in that moment.",
            "If it feels right, tell them what you now understand.",
        ],
        why: "It helps you both feel understood, because trying to see your partner's side often makes the next talk gentler.",
    },
    ActivityText {
        id: "understanding-know-each-other-game",
        title: "A getting-to-know-you game",
        steps: &[
            "Each write five questions about yourself, like your comfort food or something on your mind.",
            "Swap lists and guess each other's answers.",
            "Share the real answers and talk about any surprises.",
            "Keep it playful, with no scores and no teasing.",
        ],
        why: "It helps you feel understood, because it shows how well you know each other now and fills in what has changed.",
    },
    ActivityText {
        id: "understanding-take-turns-heard",
        title: "Take turns to be heard",
        steps: &[
            "Pick a small topic where you see things differently.",
            "Let one of you speak for three minutes while the other only listens.",
            "As the listener, sum up what you heard, then swap.",
            "Aim to understand each other, not to win.",
        ],
        why: "It helps you both feel understood, because each of you gets a full turn to explain and to hear your words reflected back.",
    },
    ActivityText {
        id: "understanding-feeling-misunderstood",
        title: "Talk about feeling misunderstood",
        steps: &[
            "Start this only if you both feel ready and calm.",
            "Each share one time you felt your partner did not get you, without blaming.",
            "As the listener, say what makes sense to you about it, without defending yourself.",
            "End by each naming one thing you will try next time.",
        ],
        why: "It helps you feel understood, because hearing your partner accept your feelings can ease old hurts and close the gaps.",
    },
    // Support
    ActivityText {
        id: "support-real-how-are-you",
        title: "Ask how they really are",
        steps: &[
            "Once a day, ask your partner how they are, and wait for the real answer.",
            "If they share something hard, ask if they want help or just a listening ear.",
            "Give them what they ask for, even if you would like to fix it.",
        ],
        why: "It helps your partner feel cared for, because a real question and a patient ear show that their feelings matter to you.",
    },
    ActivityText {
        id: "support-small-act-of-care",
        title: "One small act of care",
        steps: &[
            "Think of one thing that would make your partner's day a little easier.",
            "Go ahead and do it, like making them a drink or taking on a chore.",
            "Do it without keeping score or waiting for thanks.",
        ],
        why: "It helps your partner feel supported, because small acts of care show every day that you have their back.",
    },
    ActivityText {
        id: "support-be-there-hard-day",
        title: "Be there on a hard day",
        steps: &[
            "When your partner has a rough day, set your own tasks aside for ten minutes.",
            "Sit with them, put your phone away and let them talk.",
            "Ask what would help tonight, and stay even if there is nothing to fix.",
        ],
        why: "It helps your partner feel less alone, because your calm company shows that you are there for them.",
    },
    ActivityText {
        id: "support-shoulder-rub",
        title: "A shoulder rub after a long day",
        steps: &[
            "Offer your partner a gentle shoulder or back rub.",
            "Ask what pressure feels good and where they feel tense.",
            "Keep it about comfort, with nothing else expected.",
        ],
        why: "It helps your partner feel cared for, because caring touch eases stress and shows that you notice how they feel.",
    },
    ActivityText {
        id: "support-what-helps-me",
        title: "Know what support you need",
        steps: &[
            "Write down what helps you most when you are stressed.",
            "Think of hugs, being listened to, practical help or some quiet time.",
            "Share your list with your partner and invite them to make one too.",
        ],
        why: "It helps you both feel supported, because your partner can give the care you need more easily once they know what it looks like.",
    },
    ActivityText {
        id: "support-weekly-check-in",
        title: "A weekly check-in",
        steps: &[
            "Pick a calm time each week and sit down together.",
            "Each say what is on your plate and what might be hard this week.",
            "Ask each other what one thing would help, and write it down.",
            "Next week, start by asking how it went.",
        ],
        why: "It helps you feel supported, because regular check-ins make care steady instead of left to chance.",
    },
    ActivityText {
        id: "support-ask-for-help",
        title: "Ask for help with something hard",
        steps: &[
            "Think of something you have been carrying alone.",
            "When you feel ready, tell your partner about it, sharing only what feels okay.",
            "Say clearly what would help, like a listening ear or a hand with a task.",
        ],
        why: "It helps you feel supported, because letting your partner in on a struggle gives them the chance to stand by you.",
    },
    // Closeness
    ActivityText {
        id: "closeness-thinking-of-you",
        title: "Send a thinking-of-you message",
        steps: &[
            "Once during the day, send your partner a short message.",
            "Mention something that reminded you of them, or simply say you are thinking of them.",
            "Let them reply whenever they can.",
        ],
        why: "It helps you feel close even when you are apart, because a small message says you are on each other's mind.",
    },
    ActivityText {
        id: "closeness-goodbye-hello",
        title: "Warm goodbyes and hellos",
        steps: &[
            "When one of you leaves or comes home, stop what you are doing.",
            "Share a hug, or give each other's hand a squeeze.",
            "Say a real goodbye or hello while looking at each other.",
        ],
        why: "It helps you feel close and connected, because marking each goodbye and return reminds you both that you belong together.",
    },
    ActivityText {
        id: "closeness-notice-in-step",
        title: "Notice when you felt in step",
        steps: &[
            "At the end of the week, think back to times you felt like a team.",
            "Write one of them down, with what made it work.",
            "Tell your partner about it and thank them.",
        ],
        why: "It helps you feel close, because noticing what already works builds your sense of being a team.",
    },
    ActivityText {
        id: "closeness-plan-week-as-team",
        title: "Plan your week as a team",
        steps: &[
            "Sit down together and look at the week ahead.",
            "Spot the busy or hard days for each of you.",
            "Agree on one way to help each other out.",
            "Choose one moment in the week to spend together.",
        ],
        why: "It helps you feel close and in step, because facing the week side by side turns two busy lives into a shared plan.",
    },
    ActivityText {
        id: "closeness-small-project",
        title: "Start a small project together",
        steps: &[
            "Pick something small you would both enjoy, like a new recipe, a plant or a puzzle.",
            "Set aside half an hour to work on it together.",
            "Enjoy doing it side by side more than the result.",
        ],
        why: "It helps you feel like a team, because working toward something shared gives you wins that belong to both of you.",
    },
    ActivityText {
        id: "closeness-favourite-memory",
        title: "Share a favourite memory",
        steps: &[
            "Look through old photos of you and your partner.",
            "Pick one that brings back a happy time.",
            "Show it to your partner and tell them what you remember and why it matters.",
        ],
        why: "It helps you feel close, because remembering good times together reminds you both of the bond you share.",
    },
    ActivityText {
        id: "closeness-far-and-close",
        title: "Talk about feeling far and close",
        steps: &[
            "Choose a calm time when you both feel ready for a deeper talk.",
            "Each share a recent time you felt close, and one when you felt far apart.",
            "Talk about what was different, without blaming each other.",
            "Share only what you are comfortable with, and stop if it gets too much.",
        ],
        why: "It helps you feel close and in step again, because knowing what pulls you apart shows you how to find each other.",
    },
    // Time
    ActivityText {
        id: "time-phone-free-dinner",
        title: "A phone-free dinner",
        steps: &[
            "Put both phones in another room before you sit down.",
            "Eat together at the table, with the TV off.",
            "Ask about each other's day and really listen to the answers.",
        ],
        why: "It helps you give each other time and attention, because without screens you notice each other more.",
    },
    ActivityText {
        id: "time-five-quiet-minutes",
        title: "Five minutes, no screens",
        steps: &[
            "Pick a time each day to sit together for five minutes.",
            "Put your phones out of sight and turn off the TV.",
            "Talk about anything, or just enjoy being together.",
        ],
        why: "It helps you make time for each other, because a few minutes of full attention each day adds up.",
    },
    ActivityText {
        id: "time-look-up",
        title: "Look up when they walk in",
        steps: &[
            "When your partner comes into the room or starts to talk, put your phone down.",
            "Look up, smile and greet them.",
            "Give them your full attention for at least a minute.",
        ],
        why: "It helps your partner feel they have your attention, because looking up shows they matter more than the screen.",
    },
    ActivityText {
        id: "time-plan-a-date",
        title: "Plan a date",
        steps: &[
            "Think of something your partner enjoys, or something you both used to love doing.",
            "Pick a time, check it works for both of you, and put it in the calendar.",
            "Sort out the details, like a booking or a babysitter, so your partner can relax.",
        ],
        why: "It helps you make time together, because planning a date shows your partner that time with them comes first.",
    },
    ActivityText {
        id: "time-something-you-both-enjoy",
        title: "Do something you both enjoy",
        steps: &[
            "Together, list five things you both like doing.",
            "Pick one and set aside half an hour for it this week.",
            "Keep your phones away while you do it.",
        ],
        why: "It helps you enjoy time together, because shared fun reminds you why you like being with each other.",
    },
    ActivityText {
        id: "time-notice-screen-time",
        title: "Notice where your time goes",
        steps: &[
            "For one day, notice when you reach for a screen while your partner is near.",
            "In the evening, write down one or two of those moments.",
            "Choose one to swap for time with your partner this week.",
        ],
        why: "It helps you give more attention to each other, because seeing your own habits makes them easier to change.",
    },
    ActivityText {
        id: "time-long-talk",
        title: "A long talk about time together",
        steps: &[
            "Set aside half an hour, with your phones in another room.",
            "Each share what you miss about time together and what you would like more of.",
            "Listen without defending, and share only what you feel ready to.",
            "Agree on one change to try this month.",
        ],
        why: "It helps you protect your time together, because saying what you both miss helps you build the time you want.",
    },
    // Affection
    ActivityText {
        id: "affection-long-hug",
        title: "A slow daily hug",
        steps: &[
            "Once a day, offer your partner a hug.",
            "Hold it for a few slow breaths, a little longer than usual.",
            "Let go gently, and smile.",
        ],
        why: "It helps bring back warmth, because a long hug is a simple way to feel loved without needing any words.",
    },
    ActivityText {
        id: "affection-say-one-kind-thing",
        title: "Say one kind thing",
        steps: &[
            "Each day, tell your partner one thing you love or admire about them.",
            "Be specific, like how they cared for a friend or made you laugh.",
            "Say it face to face, or in a message if you are apart.",
        ],
        why: "It helps your partner feel loved, because warm words remind them every day that they matter to you.",
    },
    ActivityText {
        id: "affection-hold-hands-walk",
        title: "Hold hands on a short walk",
        steps: &[
            "Go for a ten-minute walk together.",
            "Hold hands for some or all of the way.",
            "Talk about anything, or just enjoy the quiet.",
        ],
        why: "It helps bring back affection, because simple touch like holding hands keeps you feeling warm toward each other.",
    },
    ActivityText {
        id: "affection-love-note",
        title: "Leave a little love note",
        steps: &[
            "Write a short note telling your partner something you love about them.",
            "Leave it where they will find it, like in a pocket, a bag or on the mirror.",
            "Keep it short and kind, since one line is enough.",
        ],
        why: "It helps your partner feel loved, because a surprise note shows warmth in a way they can keep and read again.",
    },
    ActivityText {
        id: "affection-hand-foot-massage",
        title: "Trade hand or foot massages",
        steps: &[
            "Take turns giving each other a gentle hand or foot massage.",
            "Ask what feels good and what to avoid.",
            "Keep it about comfort and care, with nothing else expected.",
        ],
        why: "It helps you feel warmth and care, because relaxed, gentle touch brings you close without any pressure.",
    },
    ActivityText {
        id: "affection-what-feels-loving",
        title: "What makes you feel loved",
        steps: &[
            "Write down three small things that make you feel loved.",
            "Think of kind words, touch, help with a task, or time together.",
            "Share your list and invite your partner to write one too.",
        ],
        why: "It helps you show affection your partner really feels, because you each learn what makes the other feel loved.",
    },
    ActivityText {
        id: "affection-talk-about-warmth",
        title: "Talk about the affection you miss",
        steps: &[
            "Choose a calm moment when you both feel ready.",
            "Each share one kind of affection you would like more of.",
            "Say what you would like, not what your partner does wrong.",
            "Share only what you are comfortable with, and agree on one small step.",
        ],
        why: "It helps bring back warmth, because saying what you miss, gently and without blame, shows your partner how to reach you.",
    },
];
