import { describe, expect, it } from "vitest";
import { unemphasise, cleanArticleText, repairGluedWords } from "./clean";
import { parseStructure } from "./structure";

/** The title the structure stage reads from an article after cleaning. */
const titleOf = (raw: string) => parseStructure(cleanArticleText(raw)).title;

describe("cleanArticleText", () => {
  it("turns escaped \\n sequences into real line and paragraph breaks", () => {
    const clean = cleanArticleText("Cell Migration Review\\n\\nCells migrate through tissue.\\nThey invade vessels.");
    expect(clean).toBe("Cell Migration Review\n\nCells migrate through tissue. They invade vessels.\n");
  });

  it("drops a tab-laid-out running header, also where it recurs inside the body", () => {
    const raw = [
      "J Cancer Sci Ther\tVolume 17\tIssue 3",
      "Cancer cells spread widely. J Cancer Sci Ther Volume 17 Issue 3 They seed new tumours.",
      "",
      "More text here.",
    ].join("\n");
    const clean = cleanArticleText(raw);
    expect(clean).not.toMatch(/J Cancer Sci Ther|Volume 17|Issue 3/);
    expect(clean).toContain("Cancer cells spread widely.");
    expect(clean).toContain("They seed new tumours.");
  });

  it("drops a header line repeated with other page numbers", () => {
    const raw = "Oncology Reports Page 1 of 9\n\nTumors grow.\n\nOncology Reports Page 2 of 9\n\nTumors spread.";
    expect(cleanArticleText(raw)).toBe("Tumors grow.\n\nTumors spread.\n");
  });

  it("drops copyright and submission lines and web-page badges, metrics and affiliation bullets", () => {
    const raw = [
      "Body text about tumors.",
      "Copyright: © 2025 Someone",
      "Open Access",
      "Views 120 | Downloads 45",
      "• Institute of Ecology, University of Somewhere",
      "Received: 1 May 2025",
      "The end.",
    ].join("\n");
    expect(cleanArticleText(raw)).toBe("Body text about tumors. The end.\n");
  });

  it("rejoins a paragraph that a page break cut mid-sentence, and gives a heading its own paragraph", () => {
    const raw = "Tumor cells travel through the\n\nbloodstream to distant organs.\n\nIntroduction\nCells divide often.";
    expect(cleanArticleText(raw)).toBe(
      "Tumor cells travel through the bloodstream to distant organs.\n\nIntroduction\n\nCells divide often.\n",
    );
  });

  it("keeps a paragraph that ends a sentence apart from the next one", () => {
    expect(cleanArticleText("Tumors grow.\n\nthen they spread.")).toBe("Tumors grow.\n\nthen they spread.\n");
  });

  it("reads the text of a saved web page without scripts, tags or entities", () => {
    const page =
      "<!doctype html><html><head><script>run()</script></head><body><h1>Heading Of Page</h1>" +
      "<p>Fish &amp; chips &#65;.</p></body></html>";
    expect(cleanArticleText(page)).toBe("Heading Of Page\n\nFish & chips A.\n");
  });
});

describe("cleanArticleText on text copied from a two-column PDF", () => {
  const raw = [
    "Off-Target Effects of CRISPR-Cas9 Genome",
    "Editing: Mechanisms, Detection and Mitigation",
    "",
    "Priya N. Raman1 and Helen A. Marsh1*",
    "1Department of Molecular Genetics, University of Edinburgh, UK",
    "2 Division of Renal Medicine, Lakeshore Medical Centre, Toronto, Canada",
    "*Correspondence: Helen A. Marsh",
    "Received 14 August 2023; accepted 9 November 2023",
    "",
    "1. Introduction",
    "The nucle-",
    "ase induces a double-strand break, repaired by non-",
    "homologous end joining at off-",
    "target sites in SpCas9-",
    "HF1 cells.",
    "",
    "45",
    "",
    "References",
    "1. Fu Y, Foden JA, Khayter C, et al.",
    "High-frequency off-target mutagenesis. Nat",
    "Biotechnol 2013; 31: 822-826.",
  ].join("\n");
  const clean = cleanArticleText(raw);

  it("keeps a title wrapped over two lines whole", () => {
    expect(clean.split("\n\n")[0]).toBe(
      "Off-Target Effects of CRISPR-Cas9 Genome Editing: Mechanisms, Detection and Mitigation",
    );
  });

  it("rejoins words hyphenated at a line's end, keeping the hyphen of a compound", () => {
    expect(clean).toContain(
      "The nuclease induces a double-strand break, repaired by non-homologous end joining at off-target sites in SpCas9-HF1 cells.",
    );
  });

  it("drops page numbers, glued affiliation markers, correspondence and submission dates", () => {
    expect(clean).not.toMatch(/^45$|Department|Division|Correspondence|Received/m);
    expect(clean).toContain("Priya N. Raman1 and Helen A. Marsh1*");
  });

  it("keeps each reference one line, not a heading", () => {
    expect(clean).toContain(
      "1. Fu Y, Foden JA, Khayter C, et al. High-frequency off-target mutagenesis. Nat Biotechnol 2013; 31: 822-826.",
    );
  });
});

describe("cleanArticleText on a saved university page", () => {
  it("drops the skip link, the site's name, breadcrumbs and the publication line", () => {
    const clean = cleanArticleText(
      "Skip to main content\nDepartment of Plant Sciences | Learning Resources\n\nHome > Biology > Photosynthesis\n\nC4 Photosynthesis\n\nPublished 14 March 2022 | Last updated 2 October 2023\n\nMost plants fix carbon with Rubisco.",
    );
    expect(clean).toBe("C4 Photosynthesis\n\nMost plants fix carbon with Rubisco.\n");
  });
});

describe("cleanArticleText on a government page copied from a browser", () => {
  it("drops the official-website banner and takes the title the breadcrumb's last step opens", () => {
    const clean = cleanArticleText(
      "Skip to main content\n\nAn official website of the State Department of Environmental Health\n\nHere's how you know\n\nHome > Environmental Health > Radon\n\nRadon in the Home: Testing, Health Risks and Mitigation\n\nRadon is a radioactive gas that you cannot see, smell or taste.",
    );
    expect(clean).not.toMatch(/official website|how you know/);
    expect(
      cleanArticleText(
        "Radon is a gas.\n\nRadon map by county (PDF, 1.2 MB)\n\nWas this page helpful?\n\nYes\n\nNo\n\nPage reviewed by: Radiation Control Program\n",
      ),
    ).toBe("Radon is a gas.\n");
    expect(clean.split("\n")[0]).toBe("# Radon in the Home: Testing, Health Risks and Mitigation");
  });
});

describe("cleanArticleText on a title wrapped after 'and'", () => {
  it("joins the title's second line", () => {
    const title = titleOf(
      [
        "Journal of Tropical Virology and Infection 2024; 18(3): 211-215        REVIEW ARTICLE",
        "https://doi.org/10.4172/jtvi.2024.0183",
        "",
        "Dengue Virus Infection: Virology, Immunopathogenesis, and",
        "Advances in Prevention",
        "",
        "Adaeze N. Okafor1, Tomás R. Villanueva2, Priya Raghunathan1,3*",
        "",
        "1 Department of Microbiology and Immunology, Eastbrook University School of Medicine,",
        "  Eastbrook, United Kingdom",
        "2 Instituto de Medicina Tropical Regional, Departamento de Virología, Asunción, Paraguay",
        "3 Centre for Vector-Borne Disease Research, Eastbrook University, Eastbrook, United Kingdom",
        "* Correspondence: p.raghunathan@eastbrook.ac.uk",
        "",
        "Received: 3 February 2024 / Accepted: 28 May 2024 / Published online: 19 June 2024",
        "",
        "",
        "Abstract",
        "Dengue is the most prevalent mosquito-borne viral disease of humans, with an estimated 390",
        "million infections each year. The causative agent, dengue virus (DENV), is a",
        "positive-sense RNA virus of the genus Orthoflavivirus transmitted chiefly by Aedes",
        "aegypti. Four antigenically distinct serotypes (DENV-1 to DENV-4) circulate, and immunity",
        "to one does not protect durably against the others. Instead, a second infection with a",
        "different serotype is the principal risk factor for severe dengue, a phenomenon attributed",
        "in part to antibody-dependent enhancement (ADE). This review summarizes DENV virology,",
        "transmission, immunopathogenesis, the 2009 World Health Organization (WHO) classification,",
      ].join("\n"),
    );
    expect(title).toBe("Dengue Virus Infection: Virology, Immunopathogenesis, and Advances in Prevention");
  });
});

describe("cleanArticleText on a journal's name in capitals", () => {
  it("takes the article's title, not the journal's name above it", () => {
    const title = titleOf(
      "JOURNAL OF MUSCULOSKELETAL MEDICINE REVIEWS\nReview Article | Open Access\n\nGout in the Era of Treat-to-Target\n\nAbstract\nGout is the most common inflammatory arthritis in adults.\n",
    );
    expect(title).toBe("Gout in the Era of Treat-to-Target");
  });
});

describe("cleanArticleText on a journal PDF laid out with spaces", () => {
  const raw = [
    "Vaccine Reviews in Global Health 2024; 12(3): 141-148        REVIEW ARTICLE",
    "",
    "Malaria Vaccines: From RTS,S to R21",
    "",
    "Amara K. Mensah(1,*), Thomas J. Lindqvist(2)",
    "",
    "(1) Department of Infectious Disease Epidemiology, School of Public",
    "    Health, University of Ghana, Legon, Ghana",
    "",
    "3.1 RTS,S/AS01",
    "The pivotal trial enrolled 15 459 children.",
    "",
    "References",
    "[1] World Health Organization. World Malaria Report 2023. Geneva: WHO; 2023.",
  ].join("\n");
  const clean = cleanArticleText(raw);
  const structure = parseStructure(clean);

  it("drops a running header laid out in columns of spaces, and a wrapped affiliation whole", () => {
    expect(clean).not.toMatch(/Vaccine Reviews|REVIEW ARTICLE|Department|University of Ghana/);
  });

  it("reads the authors without their markers, a numbered heading with a comma, and the reference list", () => {
    expect(structure.title).toBe("Malaria Vaccines: From RTS,S to R21");
    expect(structure.authors).toEqual(["Amara K. Mensah", "Thomas J. Lindqvist"]);
    expect(structure.sectionNames).toContain("RTS,S/AS01");
    expect(structure.references).toHaveLength(1);
  });
});

describe("rejoinLineEndHyphens in an article that writes the word whole", () => {
  it("rejoins 'micro-' + 'biome' where the article also writes 'microbiome'", () => {
    expect(cleanArticleText("The gut micro-\nbiome shapes weight. The microbiome differs in obesity.")).toContain(
      "The gut microbiome shapes weight.",
    );
  });

  it("rejoins a word split across a page break, and keeps the hyphen of a compound of two words the article uses", () => {
    const text =
      "Fever and urinary infec-\n\n212\n\ntion cause albuminuria. Creatinine alone misleads; cystatin helps.\nThe combined creatinine-\ncystatin C equation improves accuracy.";
    const clean = cleanArticleText(text);
    expect(clean).toContain("urinary infection cause");
    expect(clean).toContain("creatinine-cystatin C equation");
  });
});

describe("repairGluedWords", () => {
  it("re-hyphenates a glued word that the article also spells with a hyphen, keeping its capital", () => {
    const text = "The epithelial-mesenchymal transition matters. Epithelialmesenchymal plasticity too.";
    expect(repairGluedWords(text)).toBe(
      "The epithelial-mesenchymal transition matters. Epithelial-mesenchymal plasticity too.",
    );
  });

  it("leaves words the lexicon knows alone, even when their halves occur in the article", () => {
    const text = "Never the less, nevertheless holds. Every thing and everything.";
    expect(repairGluedWords(text)).toBe(text);
  });
});

describe("cleanArticleText on a page with a cookie banner", () => {
  it("drops the banner, so its heading is no title", () => {
    const page = [
      "Cookies on GOV.UK\nWe use some essential cookies to make this website work.\nAccept additional cookies\nView cookies",
      "Flood insurance for households",
      "Most home insurance policies cover flood damage to the building and its contents.",
    ].join("\n\n");
    const structure = parseStructure(cleanArticleText(page));
    expect(structure.title).toBe("Flood insurance for households");
  });
});

describe("unemphasise", () => {
  it("drops Markdown emphasis around words, and leaves bullets, products and snake_case alone", () => {
    expect(unemphasise("set a **fill factor** for the *sipahi* and _timar_ holders")).toBe(
      "set a fill factor for the sipahi and timar holders",
    );
    expect(unemphasise("* an item\n* another")).toBe("* an item\n* another");
    expect(unemphasise("2 * 3 * 4 and max_fill_factor")).toBe("2 * 3 * 4 and max_fill_factor");
  });
});

describe("cleanArticleText on a journal PDF copied without blank lines", () => {
  const words = "eosinophils drive airway inflammation and mucus while interleukins recruit more cells".split(" ");
  const body = (n: number) =>
    Array.from({ length: 6 }, (_, i) => `${words[(n * 6 + i) % words.length]} ${words.slice(i).join(" ")} here,`)
      .join("\n")
      .replace(/^./, (first) => first.toUpperCase());
  const raw = [
    "Clinical Respiratory Reviews 2023; 14(3): 187–192",
    "Biologic therapies for severe asthma: mechanisms,",
    "evidence and patient selection",
    "Helen M. Okafor1, David R. Lindqvist2 and Thomas J. Whelan2",
    "ABSTRACT",
    "Severe asthma affects an estimated 3–10% of adults.",
    "187",
    "Clin Respir Rev 2023;14(3):187–192",
    "Okafor et al.",
    "1. Introduction",
    body(1),
    "and ends here. The European Respiratory Society/American Thoracic",
    "Society guideline defines severe asthma.",
    "2. IL-4Rα blockade: dupilumab",
    body(2),
    "and ends here.",
    "188",
    "Clin Respir Rev 2023;14(3):187–192",
    "Biologic therapies for severe asthma",
    "8. Conclusions",
    "Biologics work.",
    "189",
    "Clin Respir Rev 2023;14(3):187–192",
    "Biologic therapies for severe asthma",
    "References",
    "1. Chung KF, Wenzel SE. International guidelines on",
    "severe asthma. Eur Respir J 2014;43:343–373.",
    "189",
    "Clin Respir Rev 2023;14(3):187–192",
    "Okafor et al.",
  ].join("\n");
  const structure = parseStructure(cleanArticleText(raw));

  it("keeps the title whole, apart from the journal line, the authors and the running headers", () => {
    expect(structure.title).toBe("Biologic therapies for severe asthma: mechanisms, evidence and patient selection");
    expect(structure.authors).toEqual(["Helen M. Okafor", "David R. Lindqvist", "Thomas J. Whelan"]);
    expect(structure.paragraphs.map((p) => p.text).join(" ")).not.toMatch(
      /Clin Respir Rev|Okafor et al|Biologic therapies/,
    );
  });

  it("finds numbered headings and the reference list, and no heading in a full-width line", () => {
    expect(structure.sectionNames).toEqual(["ABSTRACT", "Introduction", "IL-4Rα blockade: dupilumab", "Conclusions"]);
    expect(structure.references).toHaveLength(1);
  });
});

describe("cleanArticleText on front matter and menus without markers", () => {
  it("drops the DOI line and an affiliation that wraps onto lines naming places", () => {
    const raw = [
      "doi:10.5555/jcbm.2024.0317",
      "Pharmacological treatment of osteoporosis: a clinical",
      "review of current agents",
      "Helen M. Carver1, Rajesh K. Anand2, Sofia Lindqvist1,3",
      "1Department of Endocrinology, St Aldhelm's University",
      "Hospital, Bristol, UK; 2Department of Medicine, Northfield General",
      "Hospital, Leeds, UK",
      "ABSTRACT",
      "Osteoporosis is a systemic skeletal disease of low bone mass.",
    ].join("\n");
    const structure = parseStructure(cleanArticleText(raw));
    expect(structure.title).toBe("Pharmacological treatment of osteoporosis: a clinical review of current agents");
    expect(structure.authors).toEqual(["Helen M. Carver", "Rajesh K. Anand", "Sofia Lindqvist"]);
    expect(structure.paragraphs.map((p) => p.text).join(" ")).not.toMatch(/Hospital|doi/);
  });

  it("drops a site's search box and a menu of short lines, so the page's own title is the title", () => {
    const raw = [
      "Skip to main content",
      "",
      "NHS\nSearch the NHS website\nSearch\nMy account",
      "",
      "Health A to Z\nLive Well\nMental health\nCare and support\nPregnancy\nNHS services",
      "",
      "Food allergy in children",
      "",
      "A food allergy is when the body's immune system reacts unusually to a particular food.",
    ].join("\n");
    expect(titleOf(raw)).toBe("Food allergy in children");
  });
});
