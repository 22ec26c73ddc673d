//! What the widget tells the page it is on (the host protocol): that it is ready, and what
//! the visitor did, never with an answer or a score in it.

/// Something worth telling the host page, without any answer or score in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostEvent {
    QuizCompleted,
    PlanCreated,
    /// The visitor used quick exit.
    Exit,
}

impl HostEvent {
    /// The DOM event's name, after the `intimacy-check:` prefix.
    pub fn name(self) -> &'static str {
        match self {
            HostEvent::QuizCompleted => "quiz-completed",
            HostEvent::PlanCreated => "plan-created",
            HostEvent::Exit => "exit",
        }
    }
}

/// What the widget tells the page it is on: that it is ready, and the host events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WidgetEvent {
    Ready,
    Host(HostEvent),
}

impl WidgetEvent {
    pub fn name(self) -> &'static str {
        match self {
            WidgetEvent::Ready => "ready",
            WidgetEvent::Host(e) => e.name(),
        }
    }
}
