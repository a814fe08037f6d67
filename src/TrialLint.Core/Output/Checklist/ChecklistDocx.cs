using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TrialLint.Output.Checklist;

/// <summary>
/// The filled-in checklist as a Word document, written with Microsoft's Open XML SDK (DocumentFormat.OpenXml): A4
/// landscape, a heading and a table of facts per report, then per checklist a table whose header row repeats on
/// every page and whose rows do not break across pages. Plain text throughout (nothing from the report is read as
/// markup), so a hostile report cannot change the document's structure.
/// </summary>
internal static class ChecklistDocx
{
    public static void Write(Stream output, IReadOnlyList<ChecklistDocument> documents, string date, string toolVersion)
    {
        // The SDK reads back what it writes: it gets a memory stream, copied out at the end (the atomic output file
        // and standard output are written only).
        var target = new MemoryStream();
        using (var package = WordprocessingDocument.Create(target, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = package.AddMainDocumentPart();
            main.Document = new Document(Body(documents, date, toolVersion));
            AddStyles(main);
            package.PackageProperties.Title = documents.Count == 1 ? $"Reporting checklist: {documents[0].Title}" : "Reporting checklists";
            package.PackageProperties.Creator = $"TrialLint {toolVersion}";
        }
        target.Position = 0;
        target.CopyTo(output);
    }

    private static Body Body(IReadOnlyList<ChecklistDocument> documents, string date, string toolVersion)
    {
        var body = new Body();
        for (int d = 0; d < documents.Count; d++)
        {
            var doc = documents[d];
            var heading = Paragraph($"Reporting checklist: {doc.Title}", "Heading1");
            if (d > 0) heading.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
            body.Append(heading);
            var facts = Table([2600, 11000], header: null);
            foreach (var (name, value) in new[]
            {
                ("Report", doc.Title), ("File", doc.Path), ("Registration", doc.Registration ?? "not reported"),
                ("Date", date), ("Checked with", $"TrialLint {toolVersion}"),
            })
            {
                facts.Append(Row([name, value], bold: 0));
            }
            body.Append(facts);
            if (doc.Tables.Count == 0)
                body.Append(Paragraph("No checklist applies: the report could not be read, or no pack with a checklist was selected for it.", null));
            foreach (var table in doc.Tables)
            {
                body.Append(Paragraph(table.Title, "Heading2"));
                var grid = Table([2700, 700, 5000, 3200, 3000], header: ["Section / topic", "Item", "Checklist item", "Status", "Where reported"]);
                foreach (var row in table.Rows)
                    grid.Append(Row([ChecklistWriter.TopicText(row), row.Item.ItemId, ChecklistWriter.ItemText(row), ChecklistWriter.StatusText(row), row.WhereText], bold: 3, boldLength: row.StatusLabel.Length));
                body.Append(grid);
            }
        }
        body.Append(Paragraph(ChecklistWriter.Footnote, null));
        // A4 landscape, 1.5 cm margins.
        body.Append(new SectionProperties(
            new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = 850, Bottom = 850, Left = 850U, Right = 850U, Header = 425U, Footer = 425U, Gutter = 0U }));
        return body;
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
            properties.KeepNext = new KeepNext();
        }
        return new Paragraph(properties, new Run(new W.Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Table Table(int[] widths, string[]? header)
    {
        var border = () => new BorderType[]
        {
            new TopBorder { Val = BorderValues.Single, Size = 4, Color = "D0D7DE" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "D0D7DE" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "D0D7DE" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Color = "D0D7DE" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "D0D7DE" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "D0D7DE" },
        };
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(border()),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        if (header is not null)
        {
            var row = Row(header, bold: -1);
            row.TableRowProperties!.Append(new TableHeader());
            table.Append(row);
        }
        return table;
    }

    /// <summary>A row of plain-text cells; <paramref name="bold"/> is the cell whose first <paramref name="boldLength"/> characters are bold (-1: all cells, whole).</summary>
    private static TableRow Row(string[] cells, int bold, int boldLength = int.MaxValue)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        for (int i = 0; i < cells.Length; i++)
        {
            string text = Clean(cells[i]);
            var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }));
            if (bold == -1 || i == bold)
            {
                int n = Math.Min(boldLength, text.Length);
                paragraph.Append(new Run(new RunProperties(new Bold()), new W.Text(text[..n]) { Space = SpaceProcessingModeValues.Preserve }));
                if (n < text.Length) paragraph.Append(new Run(new W.Text(text[n..]) { Space = SpaceProcessingModeValues.Preserve }));
            }
            else
            {
                paragraph.Append(new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }
            row.Append(new TableCell(new TableCellProperties(new TableCellMargin(new LeftMargin { Width = "60", Type = TableWidthUnitValues.Dxa }, new RightMargin { Width = "60", Type = TableWidthUnitValues.Dxa })), paragraph));
        }
        return row;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }, new FontSize { Val = "17" })),
                new ParagraphPropertiesDefault(new SpacingBetweenLines { After = "80" })),
            Heading("Heading1", "heading 1", "32", 1),
            Heading("Heading2", "heading 2", "26", 2));
    }

    private static Style Heading(string id, string name, string size, int level) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level - 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };

    /// <summary>Drops the characters XML cannot hold (control characters from a hostile report).</summary>
    private static string Clean(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (i + 1 < text.Length && System.Xml.XmlConvert.IsXmlSurrogatePair(text[i + 1], c)) { sb.Append(c).Append(text[++i]); continue; }
            if (c is '\t' or '\n' || (!char.IsControl(c) && System.Xml.XmlConvert.IsXmlChar(c))) sb.Append(c);
        }
        return sb.ToString();
    }
}
