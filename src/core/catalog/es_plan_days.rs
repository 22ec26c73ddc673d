//! Spanish words for the plan day by day: today, the weeks, skipped days, the end.

use super::PlanDaysUi;

pub const DAYS_ES: PlanDaysUi = PlanDaysUi {
    today_title: "Hoy, {date}",
    nothing_today: "No hay nada para hoy. Lo que sigue: {activity}, el {day}.",
    done: "Hecho",
    today_tick_label: "{title}: hecho hoy",
    how_to: "Cómo hacerlo",
    this_week: "Esta semana: {dates}",
    week_past: "Semana {n} · {done} de {total} hechas",
    week_later: "Semana {n} · {dates}",
    missed_note: "Qué bueno verte de nuevo. Saltarse días es normal: la vida se llena, y eso no borra nada de lo que hiciste. Si quieres, tu plan puede empezar de nuevo hoy.",
    restart: "Empezar de nuevo desde hoy",
    confirm_restart: "¿Empezar de nuevo desde hoy? El resto de tu plan se mueve para que empiece hoy. Tus marcas y notas se quedan.",
    confirm_restart_yes: "Sí, empezar desde hoy",
    confirm_restart_no: "Dejar las fechas como están",
    restarted: "Tu plan sigue desde hoy.",
    end_title: "Llegaste al final de tu plan",
    end_done: "En {weeks} semanas marcaste {n} actividades. Cada una fue tiempo para su relación.",
    end_done_one: "En {weeks} semanas marcaste 1 actividad. Cada paso pequeño cuenta.",
    end_none: "Tu plan llegó a su fin. La vida no siempre deja espacio, y está bien.",
    end_by_area: "Lo que hiciste, por área",
    end_area_line: "{area}: {n}",
    end_next: "Hacer el cuestionario otra vez muestra qué cambió. Después puedes hacer un plan nuevo con tus nuevos resultados.",
    retake: "Hacer el cuestionario otra vez para ver qué cambió",
    retake_note: "Tus respuestas anteriores se guardan, así que verás el antes y el ahora lado a lado.",
};
