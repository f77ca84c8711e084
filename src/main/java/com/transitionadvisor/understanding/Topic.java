package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.Section;
import java.util.List;

/**
 * What a question is about. Each topic lists the everyday phrases that signal it (matched as whole words
 * after normalising) and the guide section that usually answers it.
 */
public enum Topic {
    TIMELINE(Section.TIMELINE, List.of("how long", "how fast", "how quickly", "how quick", "how soon", "timeline",
            "timelines", "time frame", "timeframe", "months", "month", "weeks", "duration", "part time", "full time",
            "parttime", "fulltime", "how much time", "take to", "time does it take", "time will it take",
            "how many months", "how many weeks", "how many years", "until", "when can i", "when will i", "speed up",
            "faster", "phases", "phase", "first two months", "schedule", "roadmap", "step by step", "steps", "plan",
            "what next", "whats next", "next step", "next steps", "then what", "after that", "where do i start",
            "where to start", "where should i start", "how do i start", "how to start", "get started",
            "getting started", "start with", "begin with", "what order", "which order", "learning order",
            "learning curve", "where do i begin", "where to begin", "how do i begin", "how many hours",
            "hours a week", "hours per week", "combien de temps", "cuanto tiempo", "wie lange", "quanto tempo")),
    SKILLS(Section.SKILLS, List.of("transfer", "transfers", "transferable", "transferrable", "carry over",
            "carries over", "already have", "already know", "reuse", "head start", "advantage", "advantages",
            "strengths", "strength", "what do i bring", "bring with me", "useful", "relevant", "translate",
            "translates", "map to", "maps to", "equivalent", "equivalents", "overlap", "count for anything",
            "count for something", "counts for anything", "worth anything", "come in handy", "comes in handy",
            "bring", "help", "helps", "edge", "already bring", "already do", "count", "counts", "does that count",
            "competences", "habilidades")),
    GAPS(Section.GAPS, List.of("learn", "learning", "gap", "gaps", "missing", "need to know", "study", "studying",
            "skills do i need", "skills i need", "skills to build", "need to build", "focus on", "improve",
            "upskill", "upskilling", "weak", "weakness", "weaknesses", "what should i learn", "close", "close it",
            "lacking", "lack", "close the gap", "catch up", "practice", "practise", "fall short", "falls short",
            "blind spot", "blind spots", "pick up", "brush up", "focusing on", "get ready", "prepare for", "bad at",
            "worst at", "not good at", "weak spot", "weak spots", "what else do i need", "what else should i",
            "first project", "what should i build", "what to build", "portfolio project", "practice project",
            "project ideas", "apprendre", "aprender", "lernen")),
    SALARY(Section.SALARY, List.of("salary", "salaries", "pay", "paid", "pay cut", "paycut", "earn", "earning",
            "earnings", "money", "compensation", "income", "wage", "wages", "raise", "cut in pay", "drop in pay",
            "pay drop", "financially", "financial", "£", "gbp", "package", "remuneration", "how much do make",
            "what do make", "how much does make", "what does make", "make a year", "make per year", "salaire", "dip",
            "salario", "sueldo", "gehalt", "gana", "gagne", "verdient")),
    INTERVIEW(Section.INTERVIEW, List.of("interview", "interviews", "interviewer", "interviewers", "interviewing",
            "frame", "framing", "explain my", "explain the", "pitch", "why are you leaving", "narrative", "story",
            "cv", "resume", "résumé", "answer questions", "tell employers", "examples", "stories", "should i say",
            "should i mention", "should i tell", "what should i say", "what do i say", "answer to", "good answer",
            "how do i answer", "how should i answer", "how to answer", "when asked", "asked why", "entretien",
            "entretiens", "entrevista", "entrevistas")),
    PATHS(Section.PATHS, List.of("path", "paths", "first role", "first job", "which role", "what role",
            "entry point", "entry points", "entry level role", "job title", "job titles", "what roles", "what jobs",
            "which jobs", "which roles", "kinds of roles", "kind of role", "types of roles", "type of role",
            "roles out there", "jobs out there", "landing spot", "stepping stone", "starting point", "way in",
            "ways in", "route in", "easiest route", "specialise", "specialize", "specialisation", "career options",
            "options", "fits best", "best fit", "fit best", "aim for", "target role")),
    MISTAKES(Section.MISTAKES, List.of("mistake", "mistakes", "pitfall", "pitfalls", "avoid", "trap", "traps",
            "go wrong", "goes wrong", "common error", "errors", "what not to do", "not do", "dont do", "should not",
            "shouldnt", "should i not", "never do", "donts", "regret", "screw up", "screw ups", "screwup",
            "screwups", "mess up", "messed up", "gotcha", "gotchas", "watch out", "careful", "blunder", "blunders",
            "trip up", "trips up", "erreurs", "errores", "fehler", "fail", "fails", "failing", "failure")),
    CERTIFICATIONS(Section.FAQ, List.of("certification", "certifications", "certificate", "certificates",
            "certified", "cert", "certs", "qualification", "qualifications", "qualified", "degree", "diploma",
            "course", "courses", "bootcamp", "exam", "exams", "associate")),
    DAY_TO_DAY(Section.OVERVIEW, List.of("day to day", "daily", "typical day", "day in the life", "every day",
            "what does the work", "what is the work", "work look like", "job look like", "responsibilities",
            "what will i do", "what would i do", "day look like", "routine", "all day", "day job", "job like")),
    WORK_WHILE_RETRAINING(Section.FAQ, List.of("while employed", "while working", "quit my job", "quit", "quitting",
            "keep my job", "alongside my job", "alongside work", "side project", "retrain", "retraining", "evenings",
            "weekends", "four day week", "reduced hours", "leave my job", "stay employed", "resign", "full time or",
            "cv gap", "time to study", "study time", "time off", "study leave", "shorter hours", "fewer hours",
            "give me time")),
    EMPLOYERS(Section.FAQ, List.of("employer", "employers", "company", "companies", "hire", "hires", "hiring",
            "recruiter", "recruiters", "recruitment", "agency", "agencies", "who hires", "job market", "market")),
    FEASIBILITY(Section.OVERVIEW, List.of("realistic", "realistically", "possible", "feasible", "achievable",
            "worth it", "is it hard", "how hard", "difficult", "difficulty", "too late", "doable", "chance",
            "chances", "likely")),
    CHALLENGES(Section.FAQ, List.of("challenge", "challenges", "challenging", "hardest", "struggle", "struggles",
            "biggest risk", "risk", "risks", "obstacle", "obstacles", "downside", "downsides", "hard part",
            "hardest bit", "hardest thing", "toughest", "tough", "tricky", "trickiest", "most difficult", "hard")),
    MOTIVATION(Section.OVERVIEW, List.of("why do people", "why would", "why move", "why switch", "why change",
            "reasons", "reason", "benefit", "benefits", "appeal", "motivation", "pros", "attractive", "first place",
            "why do", "why are", "why should"));

    private final Section section;
    private final List<String> cues;

    /** Broad topics ("is it realistic?", "why?") give way to specific ones asked in the same question. */
    public boolean isGeneric() {
        return this == FEASIBILITY || this == CHALLENGES || this == MOTIVATION;
    }

    /** Pay and the daily work are facts about a role, not about moving between two: either guide of a pair may know them. */
    public boolean describesRoles() {
        return this == SALARY || this == DAY_TO_DAY;
    }

    Topic(Section section, List<String> cues) {
        this.section = section;
        this.cues = cues;
    }

    /** The section that usually answers this topic. */
    public Section section() {
        return section;
    }

    public List<String> cues() {
        return cues;
    }
}
