package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.Section;
import java.util.List;

/**
 * What a question is about. Each topic lists the everyday phrases that signal it (matched as whole words
 * after normalising) and the guide section that usually answers it.
 */
public enum Topic {
    TIMELINE(Section.TIMELINE, List.of("how long", "how fast", "how quickly", "how quick", "how soon", "timeline",
            "timelines", "time frame", "timeframe", "months", "month", "weeks", "duration", "part time",
            "full time", "parttime", "fulltime", "how much time", "take to", "time does it take", "time will it take",
            "how many months", "how many weeks", "how many years", "until",
            "when can i", "when will i", "speed up", "faster", "phases", "phase", "first two months", "schedule",
            "roadmap", "step by step", "steps", "plan")),
    SKILLS(Section.SKILLS, List.of("transfer", "transfers", "transferable", "transferrable", "carry over",
            "carries over", "already have", "already know", "reuse", "head start", "advantage", "advantages",
            "strengths", "strength", "what do i bring", "bring with me", "useful", "relevant", "translate",
            "translates", "map to", "maps to", "equivalent", "equivalents", "overlap", "count for anything",
            "count for something", "counts for anything", "worth anything", "come in handy", "comes in handy", "bring",
            "help", "helps", "edge", "already bring", "already do")),
    GAPS(Section.GAPS, List.of("learn", "learning", "gap", "gaps", "missing", "need to know", "study", "studying",
            "skills do i need", "skills i need", "skills to build", "need to build", "focus on", "improve", "upskill",
            "upskilling", "weak", "weakness", "weaknesses", "what should i learn", "close", "close it",
            "lacking", "lack", "close the gap", "catch up", "practice", "practise", "fall short", "falls short",
            "blind spot", "blind spots", "pick up", "brush up")),
    SALARY(Section.SALARY, List.of("salary", "salaries", "pay", "paid", "pay cut", "paycut", "earn", "earning",
            "earnings", "money", "compensation", "income", "wage", "wages", "raise", "cut in pay", "drop in pay",
            "pay drop", "financially", "financial", "£", "gbp", "package", "remuneration", "how much do make",
            "what do make", "how much does make", "what does make", "make a year", "make per year")),
    INTERVIEW(Section.INTERVIEW, List.of("interview", "interviews", "interviewer", "interviewers", "interviewing",
            "frame", "framing", "explain my", "explain the", "pitch", "why are you leaving", "narrative", "story",
            "cv", "resume", "résumé", "answer questions", "tell employers", "examples", "stories", "should i say",
            "should i mention", "should i tell", "what should i say", "what do i say")),
    PATHS(Section.PATHS, List.of("path", "paths", "first role", "first job", "which role", "what role",
            "entry point", "entry points", "entry level role", "job title", "job titles", "what roles", "what jobs",
            "which jobs", "specialise", "specialize", "specialisation", "career options", "options", "fits best",
            "best fit", "fit best", "aim for", "target role")),
    MISTAKES(Section.MISTAKES, List.of("mistake", "mistakes", "pitfall", "pitfalls", "avoid", "trap", "traps",
            "go wrong", "goes wrong", "common error", "errors", "what not to do", "dont", "regret")),
    CERTIFICATIONS(Section.FAQ, List.of("certification", "certifications", "certificate", "certificates",
            "certified", "cert", "certs", "qualification", "qualifications", "qualified", "degree", "diploma",
            "course", "courses", "bootcamp", "exam", "exams", "associate")),
    DAY_TO_DAY(Section.OVERVIEW, List.of("day to day", "daily", "typical day", "day in the life", "every day",
            "what does the work", "what is the work", "work look like", "job look like", "responsibilities",
            "what will i do", "what would i do", "day look like", "routine", "all day")),
    WORK_WHILE_RETRAINING(Section.FAQ, List.of("while employed", "while working", "quit my job", "quit", "quitting",
            "keep my job", "alongside my job", "alongside work", "side project", "retrain", "retraining",
            "evenings", "weekends", "four day week", "reduced hours", "leave my job", "stay employed",
            "resign", "full time or", "cv gap")),
    EMPLOYERS(Section.FAQ, List.of("employer", "employers", "company", "companies", "hire", "hires", "hiring",
            "recruiter", "recruiters", "recruitment", "agency", "agencies", "who hires", "job market", "market")),
    FEASIBILITY(Section.OVERVIEW, List.of("realistic", "realistically", "possible", "feasible",
            "achievable", "worth it", "is it hard", "how hard", "difficult", "difficulty", "too late", "doable",
            "chance", "chances", "likely")),
    CHALLENGES(Section.FAQ, List.of("challenge", "challenges", "challenging", "hardest", "struggle", "struggles",
            "biggest risk", "risk", "risks", "obstacle", "obstacles", "downside", "downsides", "hard part")),
    MOTIVATION(Section.OVERVIEW, List.of("why do people", "why would", "why move", "why switch", "why change",
            "reasons", "reason", "benefit", "benefits", "appeal", "motivation", "pros", "attractive", "first place",
            "why do", "why are", "why should"));

    private final Section section;
    private final List<String> cues;

    /** Broad topics ("is it realistic?", "why?") give way to specific ones asked in the same question. */
    public boolean isGeneric() {
        return this == FEASIBILITY || this == CHALLENGES || this == MOTIVATION;
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
