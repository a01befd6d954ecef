"""Invented people and companies. Every domain is .example."""

OWNER_NAME = "Casey Marlowe"
OWNER_EMAIL = "casey.marlowe@example.net"
OWNER_TZ = "Europe/London"
OWNER_PHONE = "+44 7700 900412"

FIRST = {
    "US": ["Megan", "Tyler", "Brianna", "Marcus", "Dana", "Kendra", "Derek", "Alyssa", "Jamal", "Lauren", "Caleb", "Priyanka",
           "Trevor", "Whitney", "Hector", "Nicole", "Ramón", "Shauna", "Kyle", "Imani", "Grant", "Courtney", "Andre",
           "Heather", "Vikram", "Leah", "Dustin", "Tamika", "Owen", "Rachel", "Jenna", "Malik"],
    "UK": ["Siobhán", "Oliver", "Harriet", "Callum", "Priya", "Tom", "Fiona", "Rhys", "Imogen", "Gareth", "Amara", "Hamish",
           "Niamh", "Ollie", "Bethan", "Kwame", "Eleanor", "Rory", "Aoife", "Jess", "Dev", "Charlotte", "Lewis", "Zoë",
           "Femi", "Hannah", "Sinéad", "Alastair", "Poppy", "Ravi", "Martha", "Euan"],
    "AU": ["Bronwyn", "Lachlan", "Kirra", "Jarrah", "Tahlia", "Brodie", "Sienna", "Mitch", "Ngaio", "Hamish", "Chloe",
           "Tran", "Mei", "Darcy", "Jess", "Angus", "Shannon", "Kiri", "Liam", "Harper", "Nikhil", "Courtney", "Beau",
           "Matilda", "Rohan", "Georgia", "Zac", "Indira", "Kate", "Dimitri"],
    "ES": ["Lucía", "Javier", "Begoña", "Íñigo", "Marta", "Álvaro", "Nerea", "Sergio", "Pilar", "Jordi", "Ainhoa", "Rocío"],
    "MX": ["Ximena", "Diego", "Fernanda", "Emiliano", "Guadalupe", "Rodrigo", "Itzel", "Mauricio"],
    "AR": ["Florencia", "Martín", "Agustina", "Facundo", "Carolina", "Matías", "Belén", "Nicolás"],
    "CO": ["Valentina", "Andrés", "Camila", "Santiago", "Daniela", "Julián", "Natalia", "Felipe"],
    "BR": ["João", "Mariana", "Thiago", "Juliana", "Rafael", "Fernanda", "Gabriel", "Larissa", "Lucas", "Beatriz", "Caio", "Conceição"],
    "PT": ["Inês", "Tiago", "Joana", "Rui", "Sofia", "Gonçalo", "Mafalda", "Duarte", "Leonor", "Nuno"],
}
LAST = {
    "US": ["Caldwell", "Okafor", "Brennan", "Whitaker", "Nguyen", "Delgado", "Hoffman", "Patel", "Lindqvist", "Reyes",
           "Sullivan", "Kowalski", "Thornton", "Abernathy", "Chen", "Marsh", "Rosales", "Fitzgerald", "Greer", "Baptiste",
           "Yamada", "Pruitt", "Castellanos", "Doyle", "Harrington", "Osei", "Vance", "Moreno"],
    "UK": ["Whitfield", "Okonkwo", "Pemberton", "Ashworth", "Gallagher", "Sandhu", "Blackwood", "Hughes", "Fairbairn",
           "O'Sullivan", "Campbell", "Adeyemi", "Hartley", "Lloyd", "McAllister", "Rahman", "Kershaw", "Ní Bhriain",
           "Devereux", "Thackeray", "Mensah", "Pryce", "Carmichael", "Whittle", "Iqbal", "Featherstone"],
    "AU": ["Nguyen", "McKenzie", "Papadopoulos", "O'Brien", "Walker", "Tran", "Fitzpatrick", "Kowalczyk", "Nakamura",
           "Henderson", "Rossi", "Singh", "Pearce", "Costa", "Lim", "Moloney", "Hart", "Barker", "Te Whatu", "Stavros",
           "Doherty", "Chau", "Gallo", "Ellery"],
    "ES": ["García Ruiz", "Martínez", "Etxeberria", "López Soto", "Núñez", "Castells", "Fernández", "Iglesias", "Ortega"],
    "MX": ["Hernández", "Olvera", "Ramírez", "Cárdenas", "Villaseñor", "Treviño"],
    "AR": ["Gómez", "Pereyra", "Sosa", "Fernández Paz", "Bianchi", "Acosta"],
    "CO": ["Rincón", "Restrepo", "Ospina", "Cárdenas", "Mejía", "Salazar"],
    "BR": ["Silva", "Oliveira", "Souza", "Albuquerque", "Nascimento", "Carvalho", "Ribeiro", "Figueiredo", "Araújo"],
    "PT": ["Ferreira", "Costa", "Marques", "Sousa", "Gonçalves", "Magalhães", "Pinto", "Lopes", "Vasconcelos"],
}

PHONE = {
    "US": lambda r: f"+1 ({r.choice(['512', '617', '303', '206', '312', '615', '215', '404', '415', '503'])}) 555-01{r.randrange(10, 99)}",
    "UK": lambda r: r.choice([f"+44 20 7946 0{r.randrange(100, 999)}", f"07700 900{r.randrange(100, 999)}", f"+44 (0)113 496 0{r.randrange(100, 999)}"]),
    "AU": lambda r: r.choice([f"+61 2 5550 {r.randrange(1000, 9999)}", f"0491 570 {r.randrange(100, 199)}", f"(03) 5550 {r.randrange(1000, 9999)}"]),
    "ES": lambda r: f"+34 91 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}",
    "MX": lambda r: f"+52 55 {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}",
    "AR": lambda r: f"+54 11 {r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}",
    "CO": lambda r: f"+57 601 {r.randrange(100, 999)} {r.randrange(1000, 9999)}",
    "BR": lambda r: f"+55 11 9{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}",
    "PT": lambda r: f"+351 21 {r.randrange(100, 999)} {r.randrange(1000, 9999)}",
}

# name, domain, region (name pool), city, tz, field, lang, ats
COMPANIES = [
    # ---------------- US
    ("Brightwater Analytics", "brightwater-analytics.example", "US", "Austin", "America/Chicago", "tech", "en", "greenhouse"),
    ("Halyard Systems", "halyard.example", "US", "Boston", "America/New_York", "tech", "en", "lever"),
    ("Copperline Health", "copperlinehealth.example", "US", "Denver", "America/Denver", "tech", "en", "ashby"),
    ("Pinecrest Labs", "pinecrestlabs.example", "US", "Seattle", "America/Los_Angeles", "tech", "en", "greenhouse"),
    ("Meridian Ledger", "meridianledger.example", "US", "New York", "America/New_York", "tech", "en", "workday"),
    ("Sablewood Robotics", "sablewood.example", "US", "Pittsburgh", "America/New_York", "tech", "en", "lever"),
    ("Lumen & Vale", "lumenvale.example", "US", "San Francisco", "America/Los_Angeles", "design", "en", None),
    ("Juniper Orchard", "juniperorchard.example", "US", "Portland", "America/Los_Angeles", "design", "en", "ashby"),
    ("Redtail Payments", "redtailpay.example", "US", "Chicago", "America/Chicago", "tech", "en", "smartrecruiters"),
    ("Calloway Regional Medical Center", "callowayregional.example", "US", "Nashville", "America/Chicago", "nursing", "en", "icims"),
    ("Riverbend Community Health", "riverbendhealth.example", "US", "Philadelphia", "America/New_York", "nursing", "en", "icims"),
    ("Ashgrove Advisory", "ashgroveadvisory.example", "US", "Atlanta", "America/New_York", "accounting", "en", "workday"),
    ("Quillfeather", "quillfeather.example", "US", "Brooklyn", "America/New_York", "tech", "en", None),
    ("Tern & Tide", "ternandtide.example", "US", "Los Angeles", "America/Los_Angeles", "design", "en", "workable"),
    ("Oakhaven Senior Living", "oakhavenliving.example", "US", "Columbus", "America/New_York", "nursing", "en", "jobvite"),
    ("Cobblestone Clinics", "cobblestoneclinics.example", "US", "Minneapolis", "America/Chicago", "accounting", "en", "greenhouse"),
    ("Vireo Bio", "vireobio.example", "US", "San Diego", "America/Los_Angeles", "tech", "en", "ashby"),
    # ---------------- UK
    ("Tessellate Health", "tessellatehealth.example", "UK", "London", "Europe/London", "tech", "en", "greenhouse"),
    ("Kittiwake Bank", "kittiwakebank.example", "UK", "Edinburgh", "Europe/London", "tech", "en", "workday"),
    ("Marram Studio", "marram.example", "UK", "Bristol", "Europe/London", "design", "en", None),
    ("Wexcombe and Harle NHS Foundation Trust", "wexcombe-nhs.example", "UK", "Wexcombe", "Europe/London", "nursing", "en", "trac"),
    ("St Aldhelm's Hospice", "staldhelms.example", "UK", "Salisbury", "Europe/London", "nursing", "en", None),
    ("Pemberton Hale", "pembertonhale.example", "UK", "London", "Europe/London", "accounting", "en", "workday"),
    ("Fenwick Row", "fenwickrow.example", "UK", "Manchester", "Europe/London", "tech", "en", "ashby"),
    ("Larkspur Energy", "larkspurenergy.example", "UK", "Leeds", "Europe/London", "tech", "en", "smartrecruiters"),
    ("Oxbow Learning", "oxbowlearning.example", "UK", "Cambridge", "Europe/London", "design", "en", "teamtailor"),
    ("Brackenridge Care Group", "brackenridgecare.example", "UK", "Birmingham", "Europe/London", "nursing", "en", "teamtailor"),
    ("Thistledown Insurance", "thistledown.example", "UK", "Glasgow", "Europe/London", "accounting", "en", "workday"),
    ("Greyfriars Clinical AI", "greyfriars.example", "UK", "London", "Europe/London", "tech", "en", "workable"),
    ("North Lanyard NHS Trust", "northlanyard-nhs.example", "UK", "Carlisle", "Europe/London", "nursing", "en", "trac"),
    ("Heronsgate Digital", "heronsgate.example", "UK", "London", "Europe/London", "design", "en", "lever"),
    # ---------------- AU
    ("Kelpie Labs", "kelpielabs.example", "AU", "Melbourne", "Australia/Melbourne", "tech", "en", "lever"),
    ("Quokka Pay", "quokkapay.example", "AU", "Perth", "Australia/Perth", "tech", "en", "greenhouse"),
    ("Paperbark Digital", "paperbark.example", "AU", "Brisbane", "Australia/Brisbane", "design", "en", "workable"),
    ("St Brigid's Private Hospital", "stbrigids.example", "AU", "Sydney", "Australia/Sydney", "nursing", "en", "pageup"),
    ("Wollemi Coast Local Health District", "wollemicoast-health.example", "AU", "Gosford", "Australia/Sydney", "nursing", "en", "pageup"),
    ("Mulgrave Partners", "mulgrave.example", "AU", "Melbourne", "Australia/Melbourne", "accounting", "en", None),
    ("Banksia Super", "banksiasuper.example", "AU", "Sydney", "Australia/Sydney", "accounting", "en", "workday"),
    ("Wattle & Co", "wattleandco.example", "AU", "Adelaide", "Australia/Adelaide", "design", "en", None),
    ("Jacaranda Aged Care", "jacarandacare.example", "AU", "Brisbane", "Australia/Brisbane", "nursing", "en", "pageup"),
    ("Brolga Health", "brolgahealth.example", "AU", "Sydney", "Australia/Sydney", "tech", "en", "ashby"),
    ("Saltbush Logistics", "saltbush.example", "AU", "Perth", "Australia/Perth", "tech", "en", "smartrecruiters"),
    ("Ironbark Medical Group", "ironbarkmedical.example", "AU", "Sydney", "Australia/Sydney", "accounting", "en", "pageup"),
    # ---------------- Spanish
    ("Grupo Alcaraván", "alcaravan.example", "ES", "Madrid", "Europe/Madrid", "tech", "es", "teamtailor"),
    ("Clínica San Telmo", "clinicasantelmo.example", "AR", "Buenos Aires", "America/Argentina/Buenos_Aires", "nursing", "es", None),
    ("Tecnoandina", "tecnoandina.example", "CO", "Bogotá", "America/Bogota", "tech", "es", "lever"),
    ("Finanzas Lumbre", "lumbre.example", "MX", "Ciudad de México", "America/Mexico_City", "accounting", "es", "workday"),
    ("Estudio Carmesí", "carmesi.example", "ES", "Barcelona", "Europe/Madrid", "design", "es", None),
    ("Hospital Vega Alta", "vegaalta.example", "ES", "Madrid", "Europe/Madrid", "nursing", "es", "factorial"),
    ("Nubaria Software", "nubaria.example", "ES", "Valencia", "Europe/Madrid", "tech", "es", "factorial"),
    # ---------------- Portuguese
    ("Maré Tecnologia", "maretec.example", "BR", "São Paulo", "America/Sao_Paulo", "tech", "pt", "gupy"),
    ("Hospital Vila Serena", "vilaserena.example", "PT", "Porto", "Europe/Lisbon", "nursing", "pt", None),
    ("Cajueiro Design", "cajueiro.example", "BR", "Recife", "America/Sao_Paulo", "design", "pt", None),
    ("Contabilidade Atlântica", "atlantica-contas.example", "PT", "Lisboa", "Europe/Lisbon", "accounting", "pt", None),
    ("Ipê Saúde Digital", "ipesaude.example", "BR", "São Paulo", "America/Sao_Paulo", "tech", "pt", "gupy"),
    ("Farol Pagamentos", "farolpagamentos.example", "PT", "Lisboa", "Europe/Lisbon", "tech", "pt", "teamtailor"),
]

ROLES = {
    ("tech", "en"): ["Engineering Manager", "Senior Engineering Manager, Platform", "Engineering Manager - Clinical Systems",
                     "Head of Engineering", "Director of Engineering", "Engineering Lead (Payments)",
                     "Engineering Manager, Data Platform", "Senior Engineering Manager", "Engineering Manager, Patient Apps"],
    ("design", "en"): ["Product Design Lead", "Principal Product Designer", "Design Manager", "Head of Design",
                       "Lead UX Designer - Patient Apps", "Senior Product Designer", "Design Director"],
    ("nursing", "en"): ["Nurse Unit Manager - Cardiology", "Clinical Nurse Manager", "Ward Manager (Band 7) - Acute Medicine",
                        "Matron - Surgical Division", "Nurse Manager, Perioperative Services", "Director of Nursing",
                        "Nurse Manager - ICU", "Nurse Unit Manager - Emergency Department", "Clinical Nurse Consultant"],
    ("accounting", "en"): ["Finance Manager", "Senior Management Accountant", "Financial Controller", "Finance Business Partner",
                           "Head of Finance - Clinical Services", "Senior Financial Analyst", "Group Financial Controller"],
    ("tech", "es"): ["Engineering Manager", "Responsable de Ingeniería", "Head of Engineering", "Líder de Ingeniería"],
    ("design", "es"): ["Jefa de Diseño de Producto", "Líder de Diseño UX", "Design Lead"],
    ("nursing", "es"): ["Supervisora de Enfermería", "Jefa de Enfermería - UCI", "Coordinadora de Enfermería"],
    ("accounting", "es"): ["Gerente de Finanzas", "Controller Financiero", "Jefa de Contabilidad"],
    ("tech", "pt"): ["Gerente de Engenharia", "Engineering Manager", "Head de Engenharia", "Tech Manager"],
    ("design", "pt"): ["Head de Design", "Design Lead", "Gerente de Design"],
    ("nursing", "pt"): ["Enfermeira Gestora", "Coordenadora de Enfermagem", "Enfermeira Chefe - Bloco Operatório"],
    ("accounting", "pt"): ["Gerente Financeira", "Controller Financeira", "Diretora Financeira"],
}

TEAMS = {
    "tech": ["Platform", "Payments", "Clinical Systems", "Data", "Patient Apps", "Infrastructure", "Core Product"],
    "design": ["Product Design", "Design Systems", "Patient Experience", "Research", "Brand and Product"],
    "nursing": ["Cardiology", "Acute Medicine", "Perioperative", "ICU", "Emergency", "Surgical", "Community Nursing"],
    "accounting": ["Finance", "FP&A", "Financial Control", "Group Finance", "Clinical Finance"],
}
HM_TITLES = {
    "tech": ["VP of Engineering", "CTO", "Director of Engineering", "Head of Platform", "SVP Engineering"],
    "design": ["VP of Design", "Head of Product", "Chief Product Officer", "Design Director", "Creative Director"],
    "nursing": ["Director of Nursing", "Deputy Director of Nursing", "Head of Nursing - Surgery", "Divisional Nurse Director",
                "Chief Nursing Officer"],
    "accounting": ["CFO", "Finance Director", "Head of Finance", "Group Financial Controller", "VP Finance"],
}
PANEL_TITLES = {
    "tech": ["Staff Engineer", "Senior Product Manager", "Principal Engineer", "Engineering Manager, Payments",
             "Head of Product", "Senior Software Engineer", "Director of Product"],
    "design": ["Senior Product Designer", "Product Manager", "User Researcher", "Engineering Lead", "Content Designer"],
    "nursing": ["Matron", "Clinical Nurse Educator", "Consultant Physician", "HR Business Partner", "Nurse Unit Manager",
                "Patient Representative", "Deputy Head of Nursing"],
    "accounting": ["Financial Controller", "Head of FP&A", "Chief Operating Officer", "HR Business Partner",
                   "Senior Management Accountant"],
}
TOPICS = {
    "tech": ["the on-call load on the platform team", "growing the team from six to fifteen engineers", "the migration off the monolith",
             "how you run incident reviews", "career ladders for senior engineers", "balancing roadmap work with tech debt",
             "the hiring plan for next year", "how product and engineering plan together"],
    "design": ["the design system work", "research operations", "how the team critiques work in progress",
               "the patient onboarding flow", "accessibility audits", "how design partners with engineering",
               "growing junior designers"],
    "nursing": ["safe staffing and the rostering changes", "the ward's falls-prevention work", "supporting newly qualified nurses",
                "the move to the new theatre suite", "patient flow from ED", "retention in the first year",
                "the upcoming accreditation visit"],
    "accounting": ["the month-end close timetable", "the ERP migration", "business partnering with the clinical directorates",
                   "last year's audit findings", "building out FP&A", "cash-flow forecasting", "the budgeting cycle"],
}
TOPICS_ES = {
    "tech": ["la migración de la plataforma", "cómo crece el equipo este año", "las guardias del equipo de plataforma"],
    "design": ["el sistema de diseño", "la investigación con pacientes", "cómo trabajan diseño e ingeniería"],
    "nursing": ["la dotación de personal en la UCI", "la acogida de enfermeras nuevas", "la acreditación del hospital"],
    "accounting": ["el cierre mensual", "la migración del ERP", "el área de planificación financiera"],
}
TOPICS_PT = {
    "tech": ["a migração da plataforma", "o crescimento do time este ano", "os plantões da equipa de plataforma"],
    "design": ["o design system", "a pesquisa com pacientes", "a parceria entre design e engenharia"],
    "nursing": ["a gestão de escalas", "o acolhimento de enfermeiros recém-formados", "a acreditação hospitalar"],
    "accounting": ["o fecho mensal", "a migração do ERP", "a área de planeamento financeiro"],
}
SALARY = {
    "US": ["$185k-$215k", "$170,000-$200,000", "$160-190k base", "$210k-$240k", "$140,000-$160,000"],
    "UK": ["£95k-£110k", "£85,000-£100,000", "£70-80k", "£120k-£135k", "£56,276-£63,176 (Band 8a)", "£47,810-£54,710 (Band 7)"],
    "AU": ["$180k-$200k + super", "$165,000-$185,000 plus super", "$150-170k package", "$210k + super"],
    "ES": ["55.000-65.000 EUR", "60.000 EUR brutos anuales"], "MX": ["MXN 1.200.000 anuales"], "AR": ["USD 4.500 mensuales"],
    "CO": ["USD 6.000 mensuales"], "BR": ["R$ 28.000 por mês (CLT)", "R$ 32 mil (PJ)"], "PT": ["55.000 EUR brutos/ano", "4.000 EUR x 14"],
}
SALARY_ONE = {"US": ["$198,000", "$205,000", "$176,000", "$225,000"], "UK": ["£104,000", "£92,500", "£61,000", "£128,000"],
              "AU": ["$192,000 plus super", "$178,500 + super", "$205,000 base"], "ES": ["62.000 EUR"], "MX": ["MXN 1.250.000"],
              "AR": ["USD 4.800 mensuales"], "CO": ["USD 6.200 mensuales"], "BR": ["R$ 30.000 mensais"], "PT": ["58.000 EUR brutos anuais"]}

AGENCIES = {
    "UK": ("Hollis Sloane Recruitment", "hollissloane.example"),
    "UK-nurse": ("Meridale Healthcare Recruitment", "meridalehealth.example"),
    "AU": ("Bluegum Talent", "bluegumtalent.example"),
    "AU-fin": ("Tallwood Finance Recruitment", "tallwoodfinance.example"),
    "US": ("Vantage Search Partners", "vantagesearch.example"),
    "ES": ("Talento Sur", "talentosur.example"),
    "BR": ("Ponte Talentos", "pontetalentos.example"),
}
CLIENT_DESC = {
    "tech": ["a Series B health-tech scale-up", "a well-funded fintech in the payments space", "a global software company with a big London hub",
             "a listed medtech business"],
    "design": ["a digital-first health insurer", "a fast-growing consumer app", "a well-known design consultancy"],
    "nursing": ["a leading private hospital group", "a large not-for-profit health service", "a specialist cardiac hospital"],
    "accounting": ["a national healthcare provider", "a mid-tier advisory firm", "an ASX-listed healthcare group"],
}
CLIENT_DESC_ES = ["una scale-up de salud digital", "un grupo hospitalario privado", "una fintech en plena expansión"]
CLIENT_DESC_PT = ["uma fintech em forte crescimento", "um grupo hospitalar privado", "uma healthtech com investimento recente"]

FRIENDS = [("Tash Abernethy", "tash.abernethy@gmail.example", "AU"), ("Jonno Pryce", "jonno.pryce@gmail.example", "UK"),
           ("Bea Oyelaran", "bea.oyelaran@icloud.example", "UK"), ("Mateus Figueira", "mateus.figueira@gmail.example", "BR"),
           ("Lou Harrington", "lou.h@fastmail.example", "US"), ("Dee Kavanagh", "dee.kavanagh@outlook.example", "AU")]

FEMALE = set("""Megan Brianna Dana Kendra Alyssa Lauren Priyanka Whitney Nicole Shauna Imani Courtney Heather Leah Tamika Rachel Jenna
Siobhán Harriet Priya Fiona Imogen Amara Niamh Bethan Eleanor Aoife Jess Charlotte Zoë Hannah Sinéad Poppy Martha
Bronwyn Kirra Tahlia Sienna Ngaio Chloe Mei Shannon Kiri Harper Matilda Georgia Indira Kate
Lucía Begoña Marta Nerea Pilar Ainhoa Rocío Ximena Fernanda Guadalupe Itzel Florencia Agustina Carolina Belén Valentina Camila
Daniela Natalia Mariana Juliana Larissa Beatriz Conceição Inês Joana Sofia Mafalda Leonor Tash Bea Lou Dee""".split())
