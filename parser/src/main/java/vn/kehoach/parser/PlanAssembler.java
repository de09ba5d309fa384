package vn.kehoach.parser;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import vn.kehoach.model.Agency;
import vn.kehoach.model.Appendix;
import vn.kehoach.model.Deadline;
import vn.kehoach.model.Diagnostic;
import vn.kehoach.model.LegalBasis;
import vn.kehoach.model.Objective;
import vn.kehoach.model.Period;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.PlanMetadata;
import vn.kehoach.model.Responsibility;
import vn.kehoach.model.Signer;
import vn.kehoach.model.Source;
import vn.kehoach.model.Task;
import vn.kehoach.model.TaskOrigin;
import vn.kehoach.parser.entity.AgencyRegistry;
import vn.kehoach.parser.entity.AgencySplitter;
import vn.kehoach.parser.entity.AppendixReader;
import vn.kehoach.parser.entity.BodyTask;
import vn.kehoach.parser.entity.BodyTaskRecognizer;
import vn.kehoach.parser.entity.Header;
import vn.kehoach.parser.entity.HeaderRecognizer;
import vn.kehoach.parser.entity.LegalBasisRecognizer;
import vn.kehoach.parser.entity.ObjectiveRecognizer;
import vn.kehoach.parser.entity.PeriodRecognizer;
import vn.kehoach.parser.entity.RecipientsRecognizer;
import vn.kehoach.parser.entity.ResponsibilityRecognizer;
import vn.kehoach.parser.entity.TimelineRecognizer;
import vn.kehoach.parser.entity.SignerRecognizer;
import vn.kehoach.parser.extract.ExtractedDocument;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.outline.Layout;
import vn.kehoach.parser.outline.LayoutRecognizer;
import vn.kehoach.parser.outline.Outline;
import vn.kehoach.parser.outline.OutlineRecognizer;
import vn.kehoach.parser.table.ColumnRole;
import vn.kehoach.parser.table.TableRecognizer;
import vn.kehoach.parser.table.TaskRow;
import vn.kehoach.parser.table.TaskTable;
import vn.kehoach.parser.time.DeadlineContext;
import vn.kehoach.parser.time.DeadlineIssue;
import vn.kehoach.parser.time.DeadlineParser;
import vn.kehoach.parser.time.DeadlineReading;
import vn.kehoach.parser.validate.DocumentFamily;
import vn.kehoach.parser.validate.Regime;
import vn.kehoach.parser.validate.RuleConfig;
import vn.kehoach.parser.validate.RuleContext;
import vn.kehoach.parser.validate.Validator;

/** Runs the understanding stages over normalized text and puts their results together. Thread-safe. */
final class PlanAssembler {
    private final LayoutRecognizer layouts = new LayoutRecognizer();
    private final OutlineRecognizer outlines = new OutlineRecognizer();
    private final HeaderRecognizer headers = new HeaderRecognizer();
    private final LegalBasisRecognizer legalBases = new LegalBasisRecognizer();
    private final SignerRecognizer signers = new SignerRecognizer();
    private final RecipientsRecognizer recipients = new RecipientsRecognizer();
    private final AppendixReader appendices = new AppendixReader();
    private final PeriodRecognizer periods = new PeriodRecognizer();
    private final ObjectiveRecognizer objectives = new ObjectiveRecognizer();
    private final BodyTaskRecognizer bodyTasks = new BodyTaskRecognizer();
    private final DeadlineParser deadlines = new DeadlineParser();
    private final TableRecognizer tables = new TableRecognizer();
    private final TimelineRecognizer timeline = new TimelineRecognizer(deadlines);
    private final AgencySplitter agencySplitter = AgencySplitter.DEFAULT;
    private final ResponsibilityRecognizer responsibilities = new ResponsibilityRecognizer(agencySplitter);
    private final Validator validator;

    PlanAssembler(Locale messageLocale, RuleConfig rules) {
        this.validator = new Validator(rules, messageLocale);
    }

    PlanDocument assemble(ExtractedDocument extracted, NormalizedText text) {
        Source source = new Source(extracted.name(), extracted.mediaType(), extracted.sha256(), text.characters());
        Layout layout = layouts.recognize(text);
        Outline outline = outlines.recognize(text, layout);
        Header header = headers.recognize(text, layout);
        List<LegalBasis> bases = legalBases.recognize(text, layout);
        Signer signer = signers.recognize(text, layout).orElse(null);
        List<String> recipientList = recipients.recognize(text, layout);
        List<Appendix> appendixList = appendices.read(text, layout);
        Period period = periods.recognize(header.title(), LegalBasisRecognizer.preamble(text, layout)).orElse(null);
        LocalDate issuedOn = header.issueDate() == null ? null : header.issueDate().date().orElse(null);

        PlanMetadata doc = new PlanMetadata(header.type(), header.typeName(),
                header.number().map(n -> n.text()).orElse(null), header.number().map(n -> n.symbol()).orElse(null),
                header.issuer(), header.parentIssuer(), header.place(), issuedOn, header.title(), period, signer,
                recipientList, appendixList);
        List<Objective> goals = objectives.recognize(text, layout, outline, header.type());
        List<Task> tasks = new ArrayList<>();
        Map<Deadline, List<DeadlineIssue>> issues = new HashMap<>();
        DeadlineContext context = new DeadlineContext(issuedOn, period);
        for (BodyTask b : bodyTasks.recognize(text, layout, outline)) {
            tasks.add(new Task(b.ref(), TaskOrigin.BODY, b.text(), null, agencies(b.lead()), agencies(b.cooperating()),
                    null, deadline(b.deadline(), context, issues), text.sourceLine(b.line())));
        }
        List<TaskTable> taskTables = tables.recognize(text, layout);
        for (TaskTable table : taskTables) {
            tasks.addAll(tableTasks(table, text, context, issues));
        }
        List<Responsibility> duties = responsibilities.recognize(text, layout, outline);
        int prose = header.type() == vn.kehoach.model.DocumentType.ARTICLE ? header.titleLine() + 1
                : outline.headings().isEmpty() ? layout.closingStart() : outline.headings().get(0).line();
        PlanDocument plan = new PlanDocument(PlanDocument.SCHEMA_VERSION, source, doc, bases, outline.sections(),
                goals, tasks, duties, mentioned(tasks, duties), List.of(),
                timeline.recognize(text, layout, outline, prose, context));
        RuleContext checked = new RuleContext(plan, text, layout, outline, header, taskTables, issues,
                isAttached(text, layout),
                DocumentFamily.of(header, text), Regime.on(issuedOn));
        List<Diagnostic> diagnostics = validator.validate(checked);
        return new PlanDocument(plan.schemaVersion(), source, doc, bases, plan.sections(), goals, tasks, duties,
                plan.agencies(), diagnostics, plan.timeline());
    }

    /**
     * The data rows of a task table as tasks; a row that only groups others is not one (spec). Refs: "PL.1.2"
     * for row 1.2 of the first appendix, "PL2.3" for row 3 of the second; a table in the body keeps the
     * row's number.
     */
    private List<Task> tableTasks(TaskTable table, NormalizedText text, DeadlineContext context,
            Map<Deadline, List<DeadlineIssue>> issues) {
        List<Task> out = new ArrayList<>();
        String prefix = table.appendix() < 0 ? "" : table.appendix() == 0 ? "PL." : "PL" + (table.appendix() + 1) + ".";
        TaskOrigin origin = table.appendix() < 0 ? TaskOrigin.BODY : TaskOrigin.APPENDIX;
        int position = 0;
        for (TaskRow row : table.tasks()) {
            position++;
            String task = row.cell(ColumnRole.TASK).orElse(null);
            if (task == null || task.isBlank()) {
                continue;
            }
            String number = row.number() == null ? String.valueOf(position) : row.number().replaceAll("[.)]+$", "");
            out.add(new Task(prefix + number, origin, task, row.groupText(),
                    agencies(row.cell(ColumnRole.LEAD).orElse(null)),
                    agencies(row.cell(ColumnRole.COOPERATING).orElse(null)),
                    row.cell(ColumnRole.PRODUCT).filter(p -> !p.isBlank()).orElse(null),
                    deadline(row.cell(ColumnRole.DEADLINE).orElse(null), context, issues),
                    text.sourceLine(row.line())));
        }
        return out;
    }

    /** Reads a task's time phrase; what is wrong with it is kept in {@code issues} for the validator to report. */
    private Deadline deadline(String phrase, DeadlineContext context, Map<Deadline, List<DeadlineIssue>> issues) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        DeadlineReading reading = deadlines.read(phrase, context);
        if (!reading.issues().isEmpty()) {
            issues.put(reading.deadline(), reading.issues());
        }
        return reading.deadline();
    }

    private List<Agency> agencies(String phrase) {
        return phrase == null ? List.of() : agencySplitter.split(phrase);
    }

    /** Every distinct agency in lead, cooperating and responsibility roles, sorted in Vietnamese order. */
    private static List<Agency> mentioned(List<Task> tasks, List<Responsibility> duties) {
        List<Agency> all = new ArrayList<>();
        for (Task t : tasks) {
            all.addAll(t.lead());
            all.addAll(t.cooperating());
        }
        for (Responsibility r : duties) {
            all.add(r.agency());
        }
        return AgencyRegistry.merge(all);
    }

    /** A plan issued with a decision carries "(Ban hành kèm theo Quyết định số ...)" under its title. */
    private static boolean isAttached(NormalizedText text, Layout layout) {
        int from = Math.max(1, layout.typeLine());
        for (int i = from; i <= Math.min(text.size(), from + 12); i++) {
            String f = Fold.fold(text.line(i).text());
            if (f.matches("^\\(?\\s*(ban hanh )?kem theo .*")) {
                return true;
            }
        }
        return false;
    }
}
