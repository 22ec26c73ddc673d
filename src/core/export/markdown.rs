//! The plan as Markdown text: readable as it is, and rendered nicely by any Markdown viewer.

use crate::core::catalog::Catalog;
use crate::core::date::Date;
use crate::core::plan::activity;
use crate::core::plan::tracking::PlanTracking;
use crate::core::plan::RebuildPlan;
use crate::core::words::{done_of, from_to, made_on, minutes_each, summary, week_title};

/// "Wed 2026-11-25".
pub fn day_label(text: &Catalog, date: Date) -> String {
    format!("{} {date}", text.weekdays[date.weekday()])
}

/// Writes the plan with its ticks and notes; `focus` is the [`plan_focus_line`].
pub fn plan_markdown(plan: &RebuildPlan, tracking: &PlanTracking, text: &Catalog, focus: &str) -> String {
    let t = &text.plan;
    let mut out = format!("# {}\n\n", t.export_heading);
    out.push_str(&made_on(text, plan.start));
    out.push(' ');
    out.push_str(&summary(text, plan));
    out.push_str("\n\n");
    out.push_str(focus);
    out.push_str("\n\n");
    let overall = tracking.overall_tally(plan);
    out.push_str(&format!("{}: {}\n\n", t.progress_label, done_of(text, overall)));

    for (w, week) in plan.weeks.iter().enumerate() {
        // Files carry plain ISO dates, the same in every language and calendar app.
        let dates = from_to(text, &plan.date_of(w, 0).to_string(), &plan.date_of(w, 6).to_string());
        out.push_str(&format!("## {}: {dates}\n\n", week_title(text, w)));
        out.push_str(&done_of(text, tracking.week_tally(plan, w)));
        out.push_str("\n\n");
        for item in &week.items {
            let words = text.activity(&item.activity);
            let minutes = activity(&item.activity).map_or(0, |a| a.minutes);
            out.push_str(&format!("### {} ({})\n\n", words.title, minutes_each(text, minutes)));
            if item.days.len() == 7 {
                out.push_str(&format!("{}\n\n", t.every_day));
            }
            for &d in &item.days {
                let mark = if tracking.is_done(w, &item.activity, d) { "x" } else { " " };
                out.push_str(&format!("- [{mark}] {}\n", day_label(text, plan.date_of(w, d))));
            }
            out.push_str(&format!("\n{}:\n\n", t.steps_label));
            for (i, step) in words.steps.iter().enumerate() {
                out.push_str(&format!("{}. {step}\n", i + 1));
            }
            out.push_str(&format!("\n{}: {}\n\n", t.why_label, words.why));
        }
        let note = tracking.note(w as u8);
        if !note.is_empty() {
            out.push_str(&format!("**{}**\n\n", t.note_label));
            for line in note.lines() {
                out.push_str(&format!("> {line}\n"));
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::catalog;
    use crate::core::lang::Lang;
    use crate::core::plan::choices::PlanChoices;
    use crate::core::plan::library::ACTIVITIES;

    use crate::core::words::focus_line;

    fn plan() -> RebuildPlan {
        crate::core::plan::two_week_sample(PlanChoices::default().partner)
    }

    #[test]
    fn the_focus_line_names_the_weakest_areas_or_says_the_plan_maintains() {
        use crate::core::answer::{Answer, Answers};
        use crate::core::bank::{AreaId, BANK};
        use crate::core::scoring::score;
        let text = catalog(Lang::En);
        let mut a = Answers::new();
        for (i, s) in BANK.iter().enumerate() {
            let low = s.area == AreaId::Time;
            let agree = (s.keying == crate::core::bank::Keying::Agree) != low;
            a.set(i, if agree { Answer::StronglyAgree } else { Answer::StronglyDisagree });
        }
        let line = focus_line(text, &score(&a));
        assert!(line.starts_with("Most time goes to: Time and attention together, "), "{line}");
        for (i, s) in BANK.iter().enumerate() {
            let agree = s.keying == crate::core::bank::Keying::Agree;
            a.set(i, if agree { Answer::StronglyAgree } else { Answer::StronglyDisagree });
        }
        assert_eq!(focus_line(text, &score(&a)), text.plan.maintenance);
    }

    #[test]
    fn weeks_activities_ticks_steps_and_notes() {
        let text = catalog(Lang::En);
        let p = plan();
        let mut t = PlanTracking::default();
        t.set_done(0, ACTIVITIES[2].id, 3, true);
        t.set_note(0, "We laughed.\nIt felt good.");
        let md = plan_markdown(&p, &t, text, "Most time goes to: Time and attention together, Sharing your inner world.");
        assert!(md.starts_with("# Our rebuild plan\n\nMade on 2026-11-25. 2 weeks, up to 15 minutes a day, together.\n"));
        assert!(md.contains("Most time goes to: Time and attention together, Sharing your inner world."));
        assert!(md.contains("## Week 1: 2026-11-25 to 2026-12-01\n\n1 of 8 done"));
        assert!(md.contains("## Week 2: 2026-12-02 to 2026-12-08\n\n0 of 1 done"));
        assert!(md.contains("Whole plan: 1 of 9 done"));
        assert!(md.contains(&format!("### {}", text.activity(ACTIVITIES[0].id).title)));
        assert!(md.contains("Every day\n\n- [ ] Wed 2026-11-25\n"));
        assert!(md.contains("- [x] Sat 2026-11-28\n"));
        assert!(md.contains(&format!("1. {}", text.activity(ACTIVITIES[2].id).steps[0])));
        assert!(md.contains(&format!("Why it helps: {}", text.activity(ACTIVITIES[4].id).why)));
        assert!(md.contains("**What did we notice?**\n\n> We laughed.\n> It felt good.\n"));
        assert_eq!(md.matches("- [").count(), 9);
    }

    #[test]
    fn spanish_plan_reads_in_spanish() {
        let text = catalog(Lang::Es);
        let mut t = PlanTracking::default();
        t.set_done(0, ACTIVITIES[2].id, 3, true);
        t.set_note(0, "Nos reímos.");
        let md = plan_markdown(&plan(), &t, text, "");
        assert!(md.starts_with("# Nuestro plan para reconectar\n\nCreado el 2026-11-25. 2 semanas, hasta 15 minutos al día, en pareja.\n"), "{md}");
        assert!(md.contains("## Semana 1: Del 2026-11-25 al 2026-12-01\n\n1 de 8 hechas"));
        assert!(md.contains("Todo el plan: 1 de 9 hechas"));
        assert!(md.contains("Todos los días\n\n- [ ] mié 2026-11-25\n"));
        assert!(md.contains("- [x] sáb 2026-11-28\n"));
        assert!(md.contains(&format!("Cómo:\n\n1. {}", text.activity(ACTIVITIES[0].id).steps[0])));
        assert!(md.contains(&format!("Por qué ayuda: {}", text.activity(ACTIVITIES[4].id).why)));
        assert!(md.contains("**¿Qué notamos esta semana?**\n\n> Nos reímos.\n"));
    }
}
