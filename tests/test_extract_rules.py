"""Extraction rules on passages written for these tests (never the dev passages of ../shared/eval).

Each case is a short text in the language of the news and the events a
reader would list; the test requires every listed event (as actor, action,
target names with status "reported") and, where ``exact`` is set, nothing else.
"""
import re

import pytest

from scrutiny.ingest.extract import extract

CASES = [
    # coordination on the actor side, relative clause with an anaphoric noun
    ("Microsoft, PayPal and Twitter have each sent cease-and-desist letters to PimEyes. Reddit, which sent a "
     "similar letter last month, said it would go further.",
     {("Microsoft", "cease_and_desist", "PimEyes"), ("PayPal", "cease_and_desist", "PimEyes"),
      ("Twitter", "cease_and_desist", "PimEyes"), ("Reddit", "cease_and_desist", "PimEyes")}, False),
    # passive without agent, issuer supplied by the article
    ("The CNIL fined Clearview AI €20 million on Thursday. Clearview AI was also ordered to stop collecting "
     "data on people in France.",
     {("CNIL", "fine", "Clearview AI"), ("CNIL", "order", "Clearview AI")}, True),
    # an authority's demand is an order; target from context
    ("Sweden's data protection authority fined the Swedish Police Authority SEK 2.5 million. The regulator "
     "also issued an order requiring the police to train its staff.",
     {("Swedish Authority for Privacy Protection", "fine", "Swedish Police Authority")}, False),
    # nominal with possessive actor and target preposition
    ("The ICO's fine against Clearview AI was overturned by the First-tier Tribunal in October.",
     {("Information Commissioner's Office", "fine", "Clearview AI")}, False),
    # compound event nouns: the kind of the modifier decides its role
    ("Lawyers said the ACLU lawsuit could take years. The FTC ban on Rite Aid lasts five years.",
     {("Federal Trade Commission", "ban", "Rite Aid")}, False),
    # headline passive with amount
    ("Rite Aid banned from using facial recognition for five years by FTC",
     {("Federal Trade Commission", "ban", "Rite Aid")}, True),
    # negation and modality stay out of reported events
    ("The Garante did not fine Meta. Meta could face a fine from the Irish Data Protection Commission.",
     set(), True),
    # settlement counterparty from the lawsuit in the same article
    ("Clearview AI agreed to a settlement on Monday. The deal ends a lawsuit the ACLU filed against "
     "Clearview AI in 2020.",
     {("Clearview AI", "settlement", "American Civil Liberties Union"),
      ("American Civil Liberties Union", "lawsuit", "Clearview AI")}, False),
    # reporting inversion
    ("Bunnings broke privacy law when it scanned the faces of shoppers, the Australian Information "
     "Commissioner has found.",
     {("Office of the Australian Information Commissioner", "ruling", "Bunnings")}, False),
    # an unlisted organisation found by its name, acronym reused later
    ("The Civic Transit Workers Union (CTWU) has filed a lawsuit against Uber over its identity checks. "
     "CTWU said the checks failed darker-skinned drivers.",
     {("Civic Transit Workers Union", "lawsuit", "Uber")}, False),
    # a date between "ruled" and its complement clause; the ruled-on party is a possessive
    ("The High Court ruled on Friday that Leicestershire Police's use of live face scanning was lawful.",
     {("High Court", "ruling", "Leicestershire Police")}, False),
    # an intransitive "sued" after a lowercase-initial name; ", and" starts a new clause, not an object
    ("Twitter sent hiQ Labs a letter telling it to stop collecting tweets. hiQ sued, and last week the "
     "Ninth Circuit upheld an injunction that bars Twitter from cutting off the startup.",
     {("hiQ Labs", "lawsuit", "Twitter"), ("US Court of Appeals for the Ninth Circuit", "ruling", "Twitter"),
      ("US Court of Appeals for the Ninth Circuit", "order", "Twitter")}, False),
    # "its" after an -ing verb's object is the subject's; the wording "contract with" keeps the buyer acting
    ("Chicago will stop using ShotSpotter after its contract with SoundThinking expires in March.",
     {("Chicago", "contract", "ShotSpotter")}, False),
    # a list that repeats its preposition
    ("Kmart Australia relied on Vigilant Solutions and later on FaceFirst for its store cameras.",
     {("Kmart Australia", "contract", "Vigilant Solutions"), ("Kmart Australia", "contract", "FaceFirst")}, True),
    # a participle clause shares the sentence's subject; a police or government party is the buyer
    ("Cellebrite counts the Federal Bureau of Investigation among its clients, having signed a $3 million "
     "contract with the FBI in 2022.",
     {("Federal Bureau of Investigation", "contract", "Cellebrite")}, True),
    # a closed relative clause does not hold the subject of the verb after it
    ("Ireland's Data Protection Commission, which oversees TikTok in the EU, has ordered the company to "
     "stop sending data to China.",
     {("Data Protection Commission", "order", "TikTok")}, True),
    # a plural description gathers the parties just named
    ("The OAIC opened inquiries into Bunnings and Kmart over their camera systems. Both retailers have since "
     "paused the technology.",
     {("Bunnings", "withdrawal", None), ("Kmart Australia", "withdrawal", None)}, False),
    # a past tense after "and" is not inside the infinitive the order gave its object
    ("The CNIL ordered Clearview AI to stop collecting images and opened an investigation into the company.",
     {("CNIL", "order", "Clearview AI"), ("CNIL", "investigation", "Clearview AI")}, False),
    # a list introduced by "including" after the preposition, behind descriptive plurals
    ("The FCC on Friday banned new equipment from three firms, including camera makers Hikvision and Dahua.",
     {("Federal Communications Commission", "ban", "Hikvision"),
      ("Federal Communications Commission", "ban", "Dahua Technology")}, False),
    # the criticised authority is the one that acted against the critic, not the latest one named;
    # a modal before "and" does not reach a past tense after it
    ("The Garante fined Clearview AI €20 million. The sum is below the €15 million fine imposed on OpenAI by "
     "the Garante last year and the fine imposed on TikTok by the CNIL. Clearview AI said it would appeal and "
     "called the fine disproportionate.",
     {("Clearview AI", "criticism", "Italian Data Protection Authority")}, False),
    # "said the decision was unlawful" is criticism; ", as" opens a clause of its own
    ("Norway's data protection authority fined Grindr. Grindr's lawyer said the decision was unlawful, as the "
     "company had asked users for consent.",
     {("Grindr", "criticism", "Norwegian Data Protection Authority")}, False),
    # the payer of a settlement is the one sued; a date after "sued" keeps it active
    ("Google agreed to pay the State of Texas $1.375 billion to settle a lawsuit accusing it of tracking users. "
     "Texas sued in October 2022, claiming that Google collected voiceprints.",
     {("Google", "settlement", "Texas"), ("Texas", "lawsuit", "Google")}, False),
    # "demanding that it stop": the addressee; a case's defendant is the party the court ruled on
    # (what it is told to stop collecting it collected, from the one platform of the story)
    ("Twitter sent Clearview AI a letter demanding that it stop collecting photos and delete what it had.",
     {("Twitter", "cease_and_desist", "Clearview AI"), ("Clearview AI", "data_collection", "Twitter")}, True),
    ("The Metropolitan Police said it would expand its use of cameras. In 2019 the High Court ruled that South "
     "Wales Police had used facial recognition lawfully in a case brought by Ed Bridges.",
     {("High Court", "ruling", "South Wales Police"), ("Ed Bridges", "lawsuit", "South Wales Police")}, False),
    # a headline verb that looks like a noun; a platform's "order" is a demand
    ("Twitter and Venmo order Clearview AI to stop scraping their users' photos",
     {("Twitter", "cease_and_desist", "Clearview AI"), ("Venmo", "cease_and_desist", "Clearview AI")}, False),
    # the groups "behind" a complaint are its complainants
    ("Rights groups file complaints against Clearview AI. The groups behind the complaints are Privacy "
     "International and noyb.",
     {("Privacy International", "complaint", "Clearview AI"), ("noyb", "complaint", "Clearview AI")}, False),
    # reporting inversion behind a possessive; a second "it" keeps the first one's referent, and a critic's
    # own name as target leaves the target to the context
    ("Clearview AI broke Canadian privacy law, the country's privacy commissioner concluded on Wednesday. It rejected "
     "the findings, arguing that the law did not apply to it.",
     {("Office of the Privacy Commissioner of Canada", "ruling", "Clearview AI"),
      ("Clearview AI", "criticism", "Office of the Privacy Commissioner of Canada")}, False),
    # "a similar letter" takes the action whose nouns name letters, not the latest event
    ("Facebook demanded that Clearview AI stop taking photos from Instagram. Twitter, which sent a similar "
     "letter in January, has asked Clearview AI to delete the images it took.",
     {("Facebook", "cease_and_desist", "Clearview AI"), ("Twitter", "cease_and_desist", "Clearview AI")}, False),
    # a brief supporting one side criticises the other
    ("Amazon and Microsoft filed a friend-of-the-court brief supporting WhatsApp's lawsuit against NSO Group.",
     {("Amazon", "criticism", "NSO Group"), ("Microsoft", "criticism", "NSO Group"),
      ("WhatsApp", "lawsuit", "NSO Group")}, True),
    # a tribunal that puts a ban on hold did not issue it; the regulator named later did
    ("A Delhi tribunal has put on hold a ban on WhatsApp sharing data with Meta. The Competition Commission "
     "of India imposed the ban in November.",
     {("Competition Commission of India", "ban", "WhatsApp")}, False),
    # those who "joined" the subject act with it
    ("Amazon and Microsoft, joined by Cisco and other firms, filed a friend-of-the-court brief against NSO Group.",
     {("Amazon", "criticism", "NSO Group"), ("Microsoft", "criticism", "NSO Group"),
      ("Cisco", "criticism", "NSO Group")}, True),
    # the subject of "must pay" is fined by the authority the sentence names; not under a settlement
    ("Clearview AI must pay €20 million after Greece's data protection authority found it had broken the GDPR.",
     {("Hellenic Data Protection Authority", "fine", "Clearview AI")}, False),
    # "who filed a complaint" is the person named before it, whatever preposition precedes the name
    ("The Hamburg regulator ordered Clearview AI to delete the profile it built of Matthias Marx, an activist "
     "who filed a complaint in 2020.",
     {("Matthias Marx", "complaint", "Clearview AI")}, False),
    # "must delete ..., the FTC said": an order on the subject by the authority the sentence names
    ("Under the settlement, Everalbum must delete the photos of users who left, the FTC said on Monday.",
     {("Federal Trade Commission", "order", "Everalbum")}, False),
    # "X, which lodged a complaint": the party just named; "its Dutch counterpart" is the Dutch regulator
    ("Drivers turned to the Ligue des droits de l'Homme, which lodged a complaint against Uber. The CNIL passed "
     "the file to its Dutch counterpart, which led the investigation into the company.",
     {("Ligue des droits de l'Homme", "complaint", "Uber"), ("Dutch Data Protection Authority", "investigation", "Uber")},
     False),
    # "taken X offline" is a retreat; runs of initials do not end a sentence; "to investigate allegations that X"
    ("OpenAI has taken ChatGPT offline in Italy.", {("OpenAI", "withdrawal", None)}, True),
    ("The Supreme Court of India named a panel led by retired judge R.V. Raveendran to investigate allegations "
     "that NSO Group's spyware was used on journalists.",
     {("Supreme Court of India", "investigation", "NSO Group")}, False),
    # "regulators in X, Y and Z" are each country's regulator
    ("Regulators in France, Italy and Greece have each fined Clearview AI €20 million.",
     {("CNIL", "fine", "Clearview AI"), ("Italian Data Protection Authority", "fine", "Clearview AI"),
      ("Hellenic Data Protection Authority", "fine", "Clearview AI")}, True),
    # the letters that X and Y "sent the company": the group right after the verb is the target;
    # "accusing the company of collecting": the accused collects; an object "it" prefers the payer to "to X"
    ("Vermont sued Clearview AI. It adds to the cease-and-desist letters that Twitter and Google sent the company "
     "in January.",
     {("Twitter", "cease_and_desist", "Clearview AI"), ("Google", "cease_and_desist", "Clearview AI")}, False),
    ("Meta agreed to pay $1.4 billion to Texas to resolve a lawsuit accusing it of illegally using facial "
     "recognition on Facebook photos.",
     {("Meta", "settlement", "Texas"), ("Texas", "lawsuit", "Meta")}, False),
    # the announced future of a retreat reports it; more ways to retreat
    ("Microsoft said on Tuesday it would retire features of its Azure Face service.",
     {("Microsoft", "withdrawal", None)}, True),
    ("Google will not renew its contract for Project Maven.", {("Google", "withdrawal", None)}, False),
    # ", including X": the object's examples; lists joined across descriptive plurals; two parties settling
    ("The Commerce Department added 28 Chinese organisations to its trade blacklist, including video surveillance "
     "makers Hikvision and Dahua and artificial intelligence firms SenseTime and Megvii.",
     {("US Department of Commerce", "ban", "Hikvision"), ("US Department of Commerce", "ban", "Megvii")}, False),
    ("LinkedIn and hiQ Labs have reached a settlement ending their fight over scraping.",
     {("LinkedIn", "settlement", "hiQ Labs")}, False),
    # "<state>'s highest court" is that state's supreme court
    ("Illinois' highest court ruled on Friday that White Castle must face the claims.",
     {("Illinois Supreme Court", "ruling", "White Castle")}, False),
    # camel-case names after strong verbs; "the municipality of X"; a list after a dash names the targets
    ("Spain's data protection agency has fined LaLiga 250,000 euros over its app.",
     {("Spanish Data Protection Agency", "fine", "LaLiga")}, True),
    ("Sweden's data protection authority has fined the municipality of Skellefteå 200,000 crowns.",
     {("Swedish Authority for Privacy Protection", "fine", "Skellefteå Municipality")}, True),
    ("Privacy International has filed complaints against three data brokers — Acxiom, Oracle and Experian — "
     "with regulators.",
     {("Privacy International", "complaint", "Acxiom"), ("Privacy International", "complaint", "Oracle"),
      ("Privacy International", "complaint", "Experian")}, True),
    # "the commissioners of A, B and C" are each region's regulator; an actor phrase after ", by" and
    # "and from Y" add actors; a title and a name side by side are one party
    ("Clearview AI was ordered to delete its data. The binding orders from the information and privacy "
     "commissioners of Alberta and British Columbia and from Quebec's Commission d'accès à l'information follow "
     "a joint investigation.",
     {("Office of the Information and Privacy Commissioner of Alberta", "order", "Clearview AI"),
      ("Office of the Information and Privacy Commissioner for British Columbia", "order", "Clearview AI"),
      ("Commission d'accès à l'information du Québec", "order", "Clearview AI")}, False),
    # stopping others from using one's own product, leaving a business: retreats
    ("Amazon said it will stop police departments from using its Rekognition software for a year. Two days "
     "earlier IBM said it would leave the facial recognition business altogether.",
     {("Amazon", "withdrawal", None), ("IBM", "withdrawal", None)}, False),
    # an object "it" is not its own clause's subject; "demanding that it" is the same addressee
    ("Clearview AI faces pressure on several fronts. Twitter sent it a cease-and-desist letter this week, "
     "demanding that it stop collecting images from the platform.",
     {("Twitter", "cease_and_desist", "Clearview AI")}, False),
    # unlisted names in the slots of more verbs: "was fined", "investigation into"
    ("Harbourline Freight was fined £50,000 by the Information Commissioner's Office on Monday.",
     {("Information Commissioner's Office", "fine", "Harbourline Freight")}, True),
    ("The CNIL opened an investigation into Brightlens Media over its tracking.",
     {("CNIL", "investigation", "Brightlens Media")}, True),
    # a regulator's finding reported apart from the order that followed it is its own event
    ("Canada's privacy commissioner has found that Tim Hortons breached privacy law with its app. A separate "
     "order requires the company to delete the location data.",
     {("Office of the Privacy Commissioner of Canada", "ruling", "Tim Hortons")}, False),

    # appeal against the issuer of a decision
    ("PimEyes appealed against a fine imposed by the Baden-Württemberg data protection authority.",
     {("PimEyes", "appeal", "Baden-Württemberg Commissioner for Data Protection and Freedom of Information")},
     False),
    # "the state of X" is X, and the lawsuit target follows "accusing"
    ("A lawsuit by the state of Texas, accusing Meta of capturing biometric data without consent, was filed "
     "in February.",
     {("Texas", "lawsuit", "Meta")}, False),
    # ban by a city council, no named target
    ("The city council in Boston voted unanimously on Wednesday to ban the use of facial recognition by city "
     "agencies.",
     {("Boston", "ban", None)}, False),
    # withdrawal
    ("IBM said it would no longer offer general purpose facial recognition software. Amazon announced a "
     "one-year moratorium on police use of Rekognition.",
     {("Amazon", "withdrawal", None)}, False),
    # data collection
    ("Clearview AI scraped billions of images from Facebook and Instagram, the complaint says.",
     {("Clearview AI", "data_collection", "Facebook"), ("Clearview AI", "data_collection", "Instagram")}, False),
    # contract
    ("The Swedish Police Authority used Clearview AI to identify suspects without approval.",
     {("Swedish Police Authority", "contract", "Clearview AI")}, False),
    # complaint with a regulator
    ("Privacy International filed complaints against Clearview AI with regulators in five countries.",
     {("Privacy International", "complaint", "Clearview AI")}, False),
    # investigation
    ("The Irish Data Protection Commission opened an investigation into Meta over its photo tagging tools.",
     {("Data Protection Commission", "investigation", "Meta")}, False),
    # case name gives the party ruled against
    ("In Bridges v. South Wales Police, the Court of Appeal (England and Wales) ruled that the force's use of "
     "the technology was unlawful.",
     {("Court of Appeal of England and Wales", "ruling", "South Wales Police")}, False),
    # an event between a company and its own subsidiary is not a dispute
    ("Amazon will stop selling Rekognition to police for a year.", {("Amazon", "withdrawal", None)}, True),
    # a party the text describes but never names holds its role and is given as null
    ("A jury in Chicago found on Wednesday that Walmart violated the state's biometric privacy law.",
     {("jury in Chicago", "ruling", "Walmart")}, True),
    ("Norwegian watchdog fines firm NOK 1m over fingerprint clocking. The Datatilsynet said the employer, which "
     "it did not name, had no legal basis.", {("Norwegian Data Protection Authority", "fine", None)}, True),
    # a suit filed against a party, its plaintiffs unnamed
    ("A proposed class action was filed against Home Depot on Monday over its self-checkout cameras.",
     {(None, "lawsuit", "Home Depot")}, True),
    # "both companies" far from the list that named them
    ("Uber and Ola lost an appeal over automated firing of drivers in Amsterdam on Tuesday. The drivers were "
     "backed by the App Drivers and Couriers Union, which has campaigned on the issue for years and says "
     "hundreds of its members were affected. Judges at the Amsterdam Court of Appeal found the evidence "
     "convincing and ordered both companies to give the drivers their data within two months.",
     {("Amsterdam Court of Appeal", "order", "Uber"), ("Amsterdam Court of Appeal", "order", "Ola")}, False),
    # the accused does what the verb of the accusation's purpose clause says
    ("Meta sued Clearview AI, accusing the company of running fake accounts to collect data from users of "
     "Instagram.", {("Meta", "lawsuit", "Clearview AI"), ("Clearview AI", "data_collection", "Instagram")}, True),
    # calling on a party to stop, pressing it: criticism of that party
    ("Privacy International called on Microsoft to stop supplying facial recognition to police.",
     {("Privacy International", "criticism", "Microsoft")}, True),
    ("Senator Ed Markey pressed Amazon over the Ring doorbell footage it shares with police.",
     {("Ed Markey", "criticism", "Amazon")}, False),
    # who brought a case: "the case was filed ... by", "the plaintiffs include"; a place opening a group's name
    ("Big Brother Watch sued Facewatch on Monday. The case was filed in the High Court by the group and by "
     "Liberty. The plaintiffs include the Leeds Coalition Against Retail Surveillance and Privacy International.",
     {("Big Brother Watch", "lawsuit", "Facewatch"), ("Liberty", "lawsuit", "Facewatch"),
      ("Leeds Coalition Against Retail Surveillance", "lawsuit", "Facewatch"),
      ("Privacy International", "lawsuit", "Facewatch")}, False),
    # each country's regulator after "whose regulators"; a partner acting "jointly with" the actor
    ("Spain now joins France and Italy, whose regulators each fined Clearview AI last year.",
     {("CNIL", "fine", "Clearview AI"), ("Italian Data Protection Authority", "fine", "Clearview AI")}, False),
    ("The Dutch Data Protection Authority investigated Uber jointly with the CNIL.",
     {("Dutch Data Protection Authority", "investigation", "Uber"), ("CNIL", "investigation", "Uber")}, True),
    ("The CNIL fined Google alongside Facebook.", {("CNIL", "fine", "Google")}, False),
    # courts' rulings that keep a case alive; unnamed judges and groups of people
    ("U.S. District Judge Sharon Johnson Coleman denied Clearview AI's motion to dismiss the suit.",
     {("Sharon Johnson Coleman", "ruling", "Clearview AI")}, False),
    ("A Texas judge refused to dismiss the case against Meta on Monday.", {("Texas judge", "ruling", "Meta")}, False),
    ("The Seventh Circuit revived the lawsuit against Clearview AI.",
     {("US Court of Appeals for the Seventh Circuit", "ruling", "Clearview AI")}, False),
    ("A group of Illinois truck drivers have sued BNSF Railway over fingerprint scans.",
     {(None, "lawsuit", "BNSF Railway")}, True),
    # a place's police without a possessive; a body named with its remit
    ("A court on Monday ordered the Paris police to stop flying drones over the city.",
     {(None, "order", "Paris Police Prefecture")}, True),
    ("The Rivermouth Commission for Data Protection fined Acme Vision Ltd on Tuesday.",
     {("Rivermouth Commission for Data Protection", "fine", "Acme Vision Ltd")}, True),
    ("The Rivermouth Authority fined the Ministry of Fishing and Forests 175,000 euros on Monday.",
     {("Rivermouth Authority", "fine", "Ministry of Fishing and Forests")}, True),
    # local courts and bodies named in lower case by their place
    ("The administrative court of Rivermouth on Thursday annulled the decision of the Upper Vale region to "
     "test face scanners at two schools.",
     {("administrative court of Rivermouth", "ruling", "Upper Vale region")}, True),
    # disagreeing with an authority's decision criticises that authority; "the decision" is the story's
    ("The CNIL fined Clearview AI €20 million. The CNIL also ordered Clearview AI to delete the data. Earlier "
     "this year the ICO had fined Clearview AI too. Clearview AI said it disagreed with the decision.",
     {("Clearview AI", "criticism", "CNIL")}, False),
    ("Grindr said it strongly disagreed with the Norwegian Data Protection Authority's assessment.",
     {("Grindr", "criticism", "Norwegian Data Protection Authority")}, True),
    # complaints "of" a list of groups; petitions filed by a list; more group name endings
    ("The inquiry began after a complaint of Rivermouth Digital Rights League and the Open Data Forum against "
     "the Ministry of Fishing and Forests.",
     {("Rivermouth Digital Rights League", "complaint", "Ministry of Fishing and Forests"),
      ("Open Data Forum", "complaint", "Ministry of Fishing and Forests")}, True),
    ("The petitions had been filed by the Nubian Rights Forum and Katiba Institute against Worldcoin.",
     {("Nubian Rights Forum", "lawsuit", "Worldcoin"), ("Katiba Institute", "lawsuit", "Worldcoin")}, True),
    # a subject before a closed relative clause; suits brought by a list of bodies against a party
    ("Detroit agreed to pay Jane Roe $300,000. Porcha Woodruff, who was arrested in 2023 after a false "
     "match, sued the city last year.", {("Porcha Woodruff", "lawsuit", "Detroit")}, False),
    ("The public civil action was brought last month by the Rivermouth State Public Defender's Office, the "
     "Federal Public Defender's Office and the consumer institute Idec against ViaQuatro.",
     {("Rivermouth State Public Defender's Office", "lawsuit", "ViaQuatro"),
      ("Federal Public Defender's Office", "lawsuit", "ViaQuatro"),
      ("Brazilian Institute for Consumer Protection", "lawsuit", "ViaQuatro")}, True),
    # money a party is ordered to pay is a fine; a party's parent; a law's state is no counterparty
    ("Scatter Lab was ordered on Wednesday to pay 103.3 million won by the Personal Information Protection "
     "Commission.", {("Personal Information Protection Commission", "fine", "Scatter Lab")}, True),
    ("Snapchat's parent company has agreed to a $35 million settlement over Illinois' Biometric Information "
     "Privacy Act.", {("Snap Inc.", "settlement", None)}, True),
    # a warning that reports a possible penalty is no criticism
    ("TikTok could face a £27 million fine, the Information Commissioner's Office warned on Monday.", set(), True),
    # an office holder named by title acts as the one office of that kind in the story, surname included
    ("7-Eleven broke the Privacy Act, the Office of the Australian Information Commissioner found. Information "
     "Commissioner Jane Roe said the chain had scanned faces. Roe ordered 7-Eleven to destroy the faceprints.",
     {("Office of the Australian Information Commissioner", "order", "7-Eleven")}, False),
    ("Kenya's High Court ordered the Worldcoin Foundation to delete the data. Justice Mary Roe also barred the "
     "foundation from collecting biometric data.",
     {("High Court of Kenya", "order", "Worldcoin")}, True),
    # a deadline given to a party is an order
    ("The CNIL fined Google and Facebook. Both companies were given three months to offer users a way to say no.",
     {("CNIL", "order", "Google"), ("CNIL", "order", "Facebook")}, False),
    # "the government" in a story about one country is its national government
    ("Worldcoin was ordered to delete its data by Kenya's High Court. The government had suspended the project "
     "in August 2023.", {("High Court of Kenya", "order", "Worldcoin"), ("Kenya", "ban", "Worldcoin")}, True),
    # what a party is urged to do, in coordinated infinitives, is not done
    ("Liberty urged the Home Office to recognise the dangers and to ban facial recognition.", set(), True),
    # a generic title means the one regulator of the story; a region's name is no country; what came before
    # an "after" is real; a name ends before the sentence's full stop
    ("Four Canadian Tire stores in British Columbia broke the province's privacy law, Information and Privacy "
     "Commissioner Michael McEvoy found in a report released on Thursday.",
     {("Office of the Information and Privacy Commissioner for British Columbia", "ruling", "Canadian Tire")}, True),
    ("The Garante had sent its request for information after a complaint by the consumer group Euroconsumers.",
     set(), True),
    ("The Garante acted after a complaint by the consumer group Euroconsumers against DeepSeek.",
     {("Euroconsumers", "complaint", "DeepSeek")}, True),
    # a body named only by its kind belongs to the city of the story; a possessive before an appeal is the
    # appellant even after "dismissed"; administrative guidance is an order
    ("Predictive policing is over in Santa Cruz. The City Council voted 7-0 for an "
     "ordinance that bars city departments from using the software.",
     {("Santa Cruz City Council", "ban", None)}, False),
    ("The tribunal on Friday dismissed most of Meta Platforms' appeal against a $220 million penalty imposed by "
     "the Federal Competition and Consumer Protection Commission.",
     {("Meta", "appeal", "Federal Competition and Consumer Protection Commission")}, False),
    ("Japan's Personal Information Protection Commission said it had issued administrative guidance to OpenAI.",
     {("Japan Personal Information Protection Commission", "order", "OpenAI")}, True),
    # "the company" told to stop is the one the other letters went to, not the last company named
    ("Google and YouTube sent cease-and-desist letters to Clearview AI, and LinkedIn sent Clearview AI one too. "
     "Venmo, which belongs to PayPal, said scraping breaks its terms. Facebook has also told the company to stop "
     "using its photos.", {("Facebook", "cease_and_desist", "Clearview AI")}, False),
    # ", and X verbed" after an object starts a clause of its own
    ("The FTC sued Kochava, and Texas sued Meta.",
     {("Federal Trade Commission", "lawsuit", "Kochava"), ("Texas", "lawsuit", "Meta")}, True),
    ("Google sent a cease-and-desist letter to Clearview AI, and LinkedIn sent one to PimEyes.",
     {("Google", "cease_and_desist", "Clearview AI")}, False),
    # what a party moves away from using, it used; "the agency" may be a government agency
    ("The Internal Revenue Service said it would move away from using the facial recognition service of ID.me. "
     "Senator Ron Wyden, who had pressed the agency over the plan, welcomed the decision.",
     {("Internal Revenue Service", "contract", "ID.me"), ("Ron Wyden", "criticism", "Internal Revenue Service"),
      ("Internal Revenue Service", "withdrawal", None)}, True),
    # a state named only as a place does not impose what a settlement bars
    ("Clearview AI agreed to settle the lawsuit the ACLU brought against it in Illinois. Under the settlement, "
     "filed in Illinois state court, Clearview AI is permanently barred from selling its database to private "
     "businesses. Illinois residents can opt out.",
     {("Clearview AI", "settlement", "American Civil Liberties Union"),
      ("American Civil Liberties Union", "lawsuit", "Clearview AI")}, True),
    # the party paid to settle a suit is its plaintiff, not the payer's subject; a state named for its law is
    # no counterparty
    ("Google has agreed to pay the state nearly $1.4 billion to settle two lawsuits that Texas filed in 2022.",
     {("Texas", "lawsuit", "Google"), ("Google", "settlement", "Texas")}, False),
    ("Meta had already paid $650 million to settle a class action over the same Illinois law.",
     {("Meta", "settlement", None)}, False),
    # a regulator or court saying that a party acted illegally rules on it; a hedged saying does not
    ("Canada's federal privacy commissioner said on Wednesday that Clearview AI's app was illegal.",
     {("Office of the Privacy Commissioner of Canada", "ruling", "Clearview AI")}, True),
    ("The ICO said that it was investigating whether Clearview AI broke the law.",
     {("Information Commissioner's Office", "investigation", "Clearview AI")}, True),
    # telling someone that one no longer sells is a retreat; telling someone to stop is a demand
    ("IBM had already told Congress that it no longer offers general-purpose facial recognition software.",
     {("IBM", "withdrawal", None)}, True),
    ("The FTC told Rite Aid to stop using facial recognition.",
     {("Federal Trade Commission", "order", "Rite Aid")}, True),
    # what a party is told to stop doing it was doing; its source is the one platform of the story
    ("LinkedIn sent hiQ Labs a cease-and-desist letter demanding that the startup stop scraping data from its "
     "members' public profiles.",
     {("LinkedIn", "cease_and_desist", "hiQ Labs"), ("hiQ Labs", "data_collection", "LinkedIn")}, True),
    # pronouns are no names; a place registering a firm or naming a law is no party; an unnamed plaintiff in a
    # headline is the one named later; "data collection" as a topic has no collector
    ("He sued Detroit in 2021.", set(), True),
    ("Facebook sued Delaware-registered Unimania Inc on Thursday.", {("Facebook", "lawsuit", "Unimania")}, True),
    ("Companies that scan faces without consent violate Illinois' Biometric Information Privacy Act, the Illinois "
     "Supreme Court ruled on Friday.", set(), True),
    ("Two Illinois men sue Amazon over face dataset. Steven Vance and Tim Janecyk sued Amazon on Tuesday.",
     {("Steven Vance", "lawsuit", "Amazon"), ("Tim Janecyk", "lawsuit", "Amazon")}, True),
    ("Texas brought a similar case against Google in October 2022 over biometric data collection.",
     {("Texas", "lawsuit", "Google")}, True),
    # an office holder's surname alone, later; a description does not run across a full stop; an appeal
    # without a named opponent is against the party the appellant sued
    ("Bunnings breached the Privacy Act, Privacy Commissioner Carly Kind said. Kind's determination orders "
     "Bunnings not to repeat the practice.",
     {("Office of the Australian Information Commissioner", "order", "Bunnings")}, False),
    ("Ed Bridges sued South Wales Police in 2019. Bridges is appealing that decision, with Liberty's support.",
     {("Ed Bridges", "lawsuit", "South Wales Police"), ("Ed Bridges", "appeal", "South Wales Police")}, True),
    # a count noun then the list that names them; firms introduced by where they are based; people who allege
    # in complaints filed somewhere file them
    ("Facebook sued two companies on Thursday, Israel-based BrandTotal and Delaware-registered Unimania, "
     "alleging that they offered rewards.",
     {("Facebook", "lawsuit", "BrandTotal"), ("Facebook", "lawsuit", "Unimania")}, True),
    ("Amazon was sued on Tuesday. In a complaint filed in federal court in Seattle, Steven Vance and Tim "
     "Janecyk allege that the company used their photos.",
     {("Steven Vance", "lawsuit", "Amazon"), ("Tim Janecyk", "lawsuit", "Amazon")}, False),
    # a relative clause or an allegation between a verb and a name keeps the name for itself; the terms a party
    # agrees to are no ruling on it; one settlement per payer and sentence
    ("BrandTotal offered rewards to people who installed extensions that quietly scraped the ads they saw on "
     "Facebook.", set(), True),
    ("In a stipulation filed this week, hiQ Labs agreed to a $500,000 judgment and a permanent injunction "
     "against scraping LinkedIn.", set(), True),
    ("Meta has agreed to pay Texas $1.4 billion to settle a lawsuit accusing the company of capturing faces "
     "from photos uploaded to Facebook.",
     {("Meta", "settlement", "Texas"), ("Texas", "lawsuit", "Meta")}, False),
    # "the suit names X": the defendants of the article's suit; "the town of X" is X; "X, who ..." opening a
    # sentence is a person; a place describing a noun is no party
    ("Randal Quran Reid, who spent a week in jail, has filed a federal lawsuit. The suit names Andrew "
     "Bartholomew, the Jefferson Parish Sheriff's Office detective who sought the warrant.",
     {("Randal Reid", "lawsuit", "Andrew Bartholomew")}, False),
    ("Nijeer Parks spent 10 days in jail. Mr. Parks has now sued the town of Woodbridge over the arrest.",
     {("Nijeer Parks", "lawsuit", "Woodbridge")}, True),
    ("Georgia man jailed over Louisiana purse thefts sues sheriff's detective.", set(), True),
    # "that it would stop": the pronoun opens its clause, an unnamed court is nobody's antecedent; no longer
    # allowing something is a retreat; the first city to forbid something bans it
    ("In May, Clearview AI told a court in Illinois that it would stop selling its app to private companies.",
     {("Clearview AI", "withdrawal", None)}, True),
    ("Amazon's Ring will no longer allow police departments to ask users for video, the company said.",
     {("Ring", "withdrawal", None)}, True),
    ("San Francisco became the first major city to forbid its departments from using facial recognition.",
     {("San Francisco", "ban", None)}, False),
    # the month of May is no modal
    ("Ring had already agreed last May to pay $5.8 million to settle Federal Trade Commission allegations.",
     {("Ring", "settlement", "Federal Trade Commission")}, True),
    ("The Los Angeles Police Department has barred its officers from using Clearview AI.",
     {("Los Angeles Police Department", "ban", "Clearview AI")}, True),
    ("The Detroit Police Department bought software from DataWorks Plus.",
     {("Detroit Police Department", "contract", "DataWorks Plus")}, True),
    # "accusing them": the parties of the list just named
    ("Meta sued Octopus Data Ltd and Clearview AI, accusing them of scraping profiles from Instagram.",
     {("Octopus Data", "data_collection", "Instagram"), ("Clearview AI", "data_collection", "Instagram")},
     False),
    # a dismissal rules against whoever brought the case; a court that dismisses a suit neither undergoes nor
    # settles it
    ("The Court of Appeal on Monday dismissed a lawsuit in which Meta accused BrandTotal of scraping profiles.",
     {("Court of Appeal", "ruling", "Meta")}, False),
    ("The High Court threw out the case brought by Privacy International against the Home Office.",
     {("High Court", "ruling", "Privacy International"), ("Privacy International", "lawsuit", "Home Office")}, True),
    # a supplier after "software from", past a place describing it
    ("Oakland's city council voted on Tuesday to extend the police department's contract for gunshot detection "
     "software from California-based SoundThinking for two more years.",
     {("Oakland City Council", "contract", "ShotSpotter")}, False),
    # "disagrees with the decision": the decision of the authority the story names most, not of the latest one
    ("Croatia's data protection agency AZOP fined Clearview AI EUR 2 million. AZOP said the company had "
     "ignored its letters. In March, Vermont sued Clearview AI and ordered it to stop. Clearview AI said it "
     "disagrees with the decision.",
     {("Clearview AI", "criticism", "Croatian Personal Data Protection Agency")}, False),
    # a description far from any compatible name: the party the story named most
    ("Worldcoin opened sign-up sites in Lagos in May. Worldcoin said people would be paid in tokens. "
     "Queues formed at three shopping centres on the first morning, and by the afternoon volunteers were "
     "handing out water to people who had waited for hours in the heat. Local radio stations reported on the "
     "crowds, and several newspapers printed photographs of the lines stretching into the car parks. Economists "
     "said the payments, worth about a week's wages for many, explained the interest. Privacy lawyers in the city "
     "said that few of those queuing had read the consent forms, which ran to several pages of dense legal "
     "language, and that many did not know what an iris code was. Nigeria's data protection commission "
     "suspended the project in June.",
     {("Nigeria Data Protection Commission", "ban", "Worldcoin")}, False),
    # "took the case to" a court is suing; the defendant is the party the story is about
    ("A Hamburg court ordered Hamburg Police to stop using the analysis software. Hamburg Police said it would "
     "comply. The Gesellschaft für Freiheitsrechte had taken the case to the court last year.",
     {("Gesellschaft für Freiheitsrechte", "lawsuit", "Hamburg Police")}, False),
    # an apposition between the case noun and its passive verb
    ("Clearview AI lost its bid to end the Vermont case. The suit, the first by a state over face scraping, was "
     "brought in March 2020 by Vermont against Clearview AI.",
     {("Vermont", "lawsuit", "Clearview AI")}, False),
    # an unnamed item ("its police department") inside a list of defendants does not end the list
    ("Robert Williams was arrested at his home in Farmington Hills, Michigan. Williams has sued the city of "
     "Detroit, its police chief and DataWorks Plus over the arrest.",
     {("Robert Williams", "lawsuit", "Detroit"), ("Robert Williams", "lawsuit", "DataWorks Plus")}, False),
    # "complaints filed <where and when> by X": the agent after a longer adjunct
    ("The Garante fined Clearview AI. The decision follows complaints filed in several European countries in "
     "2021 by Privacy International.",
     {("Privacy International", "complaint", "Clearview AI")}, False),
    # "a letter of its own": the same action as the article's latest one, by a new actor
    ("Twitter sent PimEyes a cease-and-desist letter on Monday. Microsoft sent a letter of its own on Friday.",
     {("Twitter", "cease_and_desist", "PimEyes"), ("Microsoft", "cease_and_desist", "PimEyes")}, False),
    # countries that fine do so through their data protection authorities
    ("The Dutch Data Protection Authority fined Uber EUR 290 million. Spain and Portugal have each imposed "
     "smaller fines on the company.",
     {("Spanish Data Protection Agency", "fine", "Uber"), ("Portuguese Data Protection Authority", "fine", "Uber")},
     False),
    # a court's ruling that names nobody is about the defendant of the suit told next to it
    ("Retailers that scan faces without notice break the state's privacy law each time, the Texas Supreme Court "
     "ruled on Friday. The case was brought by Maria Lopez, a shopper, against Rite Aid.",
     {("Texas Supreme Court", "ruling", "Rite Aid"), ("Maria Lopez", "lawsuit", "Rite Aid")}, False),
    # after a company's full name, its first word alone means it too; a common first word does not
    ("Meta sued Voyager Labs in January. Records show the Chicago Police Department trialled Voyager's software "
     "in 2020.",
     {("Chicago Police Department", "contract", "Voyager Labs")}, False),
    # a second verb phrase after "and" has its own object
    ("The Garante fined Replika's developer Luka Inc. EUR 5 million. Luka said it disagreed with the regulator's "
     "findings and was considering an appeal to the Court of Rome.",
     {("Luka Inc", "criticism", "Italian Data Protection Authority")}, False),
    # an investigation "led by" an authority, into the company the story is about
    ("Uber agreed to pay $148 million to settle with all 50 states over a data breach it concealed. The "
     "investigation was led by the Illinois Attorney General and the Washington Attorney General, who said "
     "Uber broke state law.",
     {("Illinois Attorney General", "investigation", "Uber"), ("Washington Attorney General", "investigation", "Uber")},
     False),
    # a relative clause closed by commas, even with a reporting verb inside, does not hide the subject
    ("Marcus Hale, who was held for four days over a robbery in a town he says he had never seen, has filed a "
     "lawsuit against the Riverton Police Department.",
     {("Marcus Hale", "lawsuit", "Riverton Police Department")}, True),
    # a person described by a role after an office's name stays a person; "the sheriff's office" is the office
    ("Dana Whitlock sued the county. The suit names Paul Ostrander, the Orange Grove County Sheriff's Office "
     "investigator who ran the search, and Sheriff Lena Cruz. The sheriff's office had a contract with "
     "Clearview AI.",
     {("Dana Whitlock", "lawsuit", "Paul Ostrander"), ("Orange Grove County Sheriff's Office", "contract", "Clearview AI")},
     False),
    # plaintiffs introduced after the suit noun allege against the parties a plural description gathers
    ("Apple and Google were sued on Monday by two Texas residents. In separate complaints filed in federal court, "
     "Ana Ruiz and Lee Park allege that the tech giants stored their voiceprints.",
     {("Ana Ruiz", "lawsuit", "Apple"), ("Ana Ruiz", "lawsuit", "Google"), ("Lee Park", "lawsuit", "Apple"),
      ("Lee Park", "lawsuit", "Google")}, False),
    # the one who drops "its suit against" a party brought it
    ("A judge ruled that Clearview AI had not broken Reddit's rules, and Reddit later dropped its suit against "
     "the company.",
     {("Reddit", "lawsuit", "Clearview AI")}, False),
    # a class action "that the company settled" was against the company; it settled
    ("Snap will stop scanning faces in its lenses. The feature was at the centre of an Illinois class action that "
     "the company settled for $35 million.",
     {(None, "lawsuit", "Snap Inc."), ("Snap Inc.", "settlement", None)}, False),
    # what a suit alleges names whom it accuses; a judge approving the deal is no plaintiff
    ("A judge in Chicago granted final approval to the class action deal on Monday. The class action argued that "
     "Shutterfly's photo tool built face templates without consent.",
     {(None, "lawsuit", "Shutterfly")}, True),
    # money a party is ordered to pay is no settlement, even right after "ordered"; a judge named by title and
    # surname alone speaks for the one court of the story, and "found in May last year that" rules
    ("Uber ordered to pay A$21 million over misleading fares. The Federal Court of Australia made the order on "
     "Monday, and Justice Marlowe found in May last year that Uber had breached consumer law.",
     {("Federal Court of Australia", "ruling", "Uber")}, False),
    # criticism of "the move" is aimed at whoever made it
    ("Leicestershire Police said on Monday it had signed a contract with Corsight AI for live face scanning at "
     "football matches. Privacy campaigners at Open Rights Group described the move as a step too far.",
     {("Open Rights Group", "criticism", "Leicestershire Police")}, False),
    # an apposition describing the subject, with a product inside it, does not take the subject's place
    ("Acme Vision Ltd, the Leeds company behind the Clearview AI reseller portal, has been fined £50,000 by the "
     "Information Commissioner's Office.",
     {("Information Commissioner's Office", "fine", "Acme Vision Ltd")}, True),
    # a time inside "hit with"
    ("TikTok was hit on Friday with a €345 million penalty from the Irish Data Protection Commission.",
     {("Data Protection Commission", "fine", "TikTok")}, True),
    # a settlement named in a phrase ("under a settlement") is a fact even when the clause is negated
    ("Oakland police will no longer be allowed to arrest people on a face match alone, under a settlement "
     "announced on Monday with local resident Dana Whitlock.",
     {("Oakland Police Department", "settlement", "Dana Whitlock")}, False),
    # a finding "that officers used" a product: neither the finder uses it nor is the product ruled on
    ("The Garante's fine against the city follows its finding that officers used PimEyes without any legal basis.",
     set(), True),
    # "the eastern municipality" is the town named before
    ("Enschede tracked shoppers through their phones' wifi signals. The Dutch data protection authority fined the "
     "eastern municipality 600,000 euros.",
     {("Dutch Data Protection Authority", "fine", "Enschede")}, False),
    # lawmakers of a county "voted to bar" its agencies: the county bans
    ("Lawmakers in Multnomah County, Oregon, voted on Wednesday to bar county agencies from using facial "
     "recognition.",
     {("Multnomah County", "ban", None)}, False),
    # a person no role word introduces, known by the surname recurring alone; a suit "seeking" money "from" both
    ("Walter Brennan Jr. says a face search put him in jail for a theft he did not commit. Brennan has now filed a "
     "lawsuit seeking $5 million from Home Depot and from Walmart.",
     {("Walter Brennan Jr", "lawsuit", "Home Depot"), ("Walter Brennan Jr", "lawsuit", "Walmart")}, False),
    # retreats worded as ending a feature or stopping an analysis
    ("Flock Safety is ending the feature that let federal agencies search its cameras. Separately, Clearview AI "
     "has stopped scanning images from news sites.",
     {("Flock Safety", "withdrawal", None), ("Clearview AI", "withdrawal", None)}, False),
    # asking an authority to act against a party is a complaint against that party; a year closes the phrase
    ("In 2021 the Electronic Frontier Foundation asked the Federal Trade Commission to investigate PimEyes. "
     "Privacy International has urged the ICO to take action against Clearview AI.",
     {("Electronic Frontier Foundation", "complaint", "PimEyes"),
      ("Privacy International", "complaint", "Clearview AI")}, False),
    # a group named by a capitalised description opening the sentence refers companies to a regulator
    ("Consumer group Which? has referred Southern Co-op to the Information Commissioner's Office over its "
     "face-scanning cameras.",
     {("Which?", "complaint", "Southern Co-op")}, False),
    # an attorney general writing to a company "asking it to explain" is an inquiry into it
    ("New York Attorney General Letitia James has written to Rite Aid asking it to explain how it uses facial "
     "recognition in its stores.",
     {("New York Attorney General", "investigation", "Rite Aid")}, False),
    # a settlement named by its authority ("in FTC settlement") is the clause subject's settlement with it
    ("Avast barred from selling browsing data in FTC settlement.",
     {("Federal Trade Commission", "settlement", "Avast")}, False),
    # the payer of a civil penalty is fined, by the authority the story names; a place before "-based" is no
    # part of the name
    ("The Securities and Exchange Commission on Tuesday settled charges against two advisers. San Francisco-based "
     "Harborline Capital Inc. will pay a $150,000 civil penalty.",
     {("Securities and Exchange Commission", "fine", "Harborline Capital Inc.")}, False),
    # what campaigners want an authority to do has not happened
    ("Privacy campaigners at Big Brother Watch have complained to the ICO about Southern Co-op. The campaigners "
     "want the regulator to order the chain to stop.",
     {("Big Brother Watch", "complaint", "Southern Co-op")}, True),
    # calling "the regulator's conclusions" wrong is criticism of the regulator
    ("The CNIL fined Amazon France Logistique EUR 32 million. Amazon France Logistique called the regulator's "
     "conclusions factually incorrect.",
     {("Amazon France Logistique", "criticism", "CNIL")}, False),
    # a regulator settling with several firms, and "the agency's" own cases: each firm settles with it
    ("The Securities and Exchange Commission on Monday settled charges against two advisers, the agency's first "
     "such cases. Northgate Advisors Inc. will pay $100,000 and Southbay Capital Inc. will pay $90,000.",
     {("Northgate Advisors Inc.", "settlement", "Securities and Exchange Commission"),
      ("Southbay Capital Inc.", "settlement", "Securities and Exchange Commission")}, False),
    # a decision "issued to" a party, after a light verb, is about that party
    ("The Information Commissioner's Office has issued a reprimand to Harrow Borough Council for using face "
     "scanning in school canteens.",
     {("Information Commissioner's Office", "ruling", "Harrow Borough Council")}, False),
    # an unknown name before "sued" after "when"; the suit against "the search giant"
    ("Amazon has agreed to pay $20 million. The case dates back to 2019, when Marisol Tern sued the retail giant "
     "in federal court.",
     {("Marisol Tern", "lawsuit", "Amazon")}, False),
    # "against A and against Detective B": both are sued, the title is no part of the name; "according to the
    # complaint" cites the filing
    ("Delia Marsh, who was wrongly arrested, filed a lawsuit against Chicago and against Detective Owen Price, "
     "who, according to the complaint, ran the face search.",
     {("Delia Marsh", "lawsuit", "Chicago"), ("Delia Marsh", "lawsuit", "Owen Price")}, True),
    # agreeing to an authority's order settles with it
    ("Rite Aid has agreed to an FTC order that bans its use of facial recognition for five years.",
     {("Rite Aid", "settlement", "Federal Trade Commission")}, False),
    # an unknown firm named after "said" that "must pay" is fined
    ("The Garante said Valtronic Servizi must pay a fine of 50,000 euros.",
     {("Italian Data Protection Authority", "fine", "Valtronic Servizi")}, False),
    # a plural noun and a participle right after "upheld" are its object, not a that-clause of their own
    ("The Court of Appeal upheld fines imposed on Clearview AI by the ICO.",
     {("Court of Appeal", "ruling", "Clearview AI"), ("Information Commissioner's Office", "fine", "Clearview AI")},
     False),
    # "will begin deploying" has its subject; the supplier is named in the next sentence; "condemned the
    # decision" is aimed at whoever decided
    ("The Oakland Police Department will begin deploying live face scanning next month. The cameras, which run "
     "software supplied by Japan's NEC, will scan crowds. The ACLU condemned the decision as dangerous.",
     {("Oakland Police Department", "contract", "NEC"),
      ("American Civil Liberties Union", "criticism", "Oakland Police Department")}, False),
    # a settlement with "40 states" is with the attorneys general who led the inquiry, the nearest authorities,
    # not with the plaintiff of another suit told later
    ("Meta has agreed to pay $300 million to settle with 40 states over location tracking. The investigation was "
     "led by Oregon Attorney General Ellen Rosenblum and Nebraska Attorney General Doug Peterson. Last month Meta "
     "separately paid $85 million to resolve a lawsuit brought by Arizona.",
     {("Meta", "settlement", "Oregon Attorney General"), ("Meta", "settlement", "Nebraska Attorney General")}, False),
    # "several Illinois groups": the state describes the groups, it is no co-plaintiff
    ("The deal resolves a suit brought by the American Civil Liberties Union and several Illinois groups against "
     "Clearview AI.",
     {("American Civil Liberties Union", "lawsuit", "Clearview AI")}, True),
    # "the province's information and privacy commissioner" after a province is that province's commissioner
    ("Clearview AI lost its bid in Alberta to overturn an order issued by the province's information and "
     "privacy commissioner.",
     {("Office of the Information and Privacy Commissioner of Alberta", "order", "Clearview AI")}, False),
    # a person described by a job after a comma; the suit's defendant is the company the story is about
    ("The Illinois Supreme Court ruled on Friday that each scan is a separate violation, a decision that could "
     "expose Home Depot to large damages, the retailer said. The ruling came in a class action by Rosa "
     "Delgado, a manager at one of its Chicago stores.",
     {("Rosa Delgado", "lawsuit", "Home Depot"), ("Illinois Supreme Court", "ruling", "Home Depot")}, False),
    # asking a court to lift a ban appeals against whoever imposed it; the ban was real and bound the asker
    ("Worldcoin had asked the National High Court to lift a temporary ban imposed by the Spanish Data Protection "
     "Agency, but the judges refused.",
     {("Worldcoin", "appeal", "Spanish Data Protection Agency"), ("Spanish Data Protection Agency", "ban", "Worldcoin")},
     False),
    # a bid, even placed in a court, to overturn an order is an appeal against its issuer
    ("Clearview AI has lost its bid in a British Columbia court to overturn an order issued by the province's "
     "information and privacy commissioner.",
     {("Clearview AI", "appeal", "Office of the Information and Privacy Commissioner for British Columbia"),
      ("Office of the Information and Privacy Commissioner for British Columbia", "order", "Clearview AI")}, False),
    # a contract awarded, with its worth between, to a consortium led by a company
    ("The Home Office has awarded a contract worth up to £20 million to a consortium led by Palantir.",
     {("Home Office", "contract", "Palantir")}, False),
    # ", ruling that ..." shares the subject of the sentence, whatever "it" stands for in between
    ("The High Court of Kenya ordered Worldcoin to delete the scans it collected under the supervision of the Data "
     "Protection Commissioner, ruling that the data had been gathered unlawfully.",
     {("High Court of Kenya", "order", "Worldcoin"), ("High Court of Kenya", "ruling", "Worldcoin")}, False),
    # "followed", "followed suit": the subject repeats the latest act of another party
    ("Oakland banned facial recognition in 2019, and Berkeley followed in October. Google sent Clearview AI a "
     "cease-and-desist letter; Reddit followed suit.",
     {("Oakland", "ban", None), ("Berkeley", "ban", None), ("Reddit", "cease_and_desist", "Clearview AI")}, False),
    ("Harvey Norman paused its trial, and Kmart and Bunnings followed weeks later.",
     {("Harvey Norman", "withdrawal", None), ("Kmart Australia", "withdrawal", None),
      ("Bunnings", "withdrawal", None)}, False),
    # "imposed a block on": a ban noun (not "a block of flats")
    ("In March the Garante imposed a block on the chatbot Replika. Police sealed off a block of flats.",
     {("Italian Data Protection Authority", "ban", "Replika")}, True),
    # a passive "was sent a <noun> by X": the subject received it; a warning letter is a demand
    ("Glenmoor Data Inc had been sent a warning letter by the Ohio Attorney General months before. Acme Ltd was served "
     "a cease-and-desist letter by Meta.",
     {("Ohio Attorney General", "cease_and_desist", "Glenmoor Data Inc"), ("Meta", "cease_and_desist", "Acme Ltd")}, True),
    # "slapped X with a <amount> fine": the indirect object, with a few words of amount
    ("The Garante slapped Luka Inc with a 5 million euro fine.", {("Italian Data Protection Authority", "fine", "Luka Inc")},
     True),
    # "found that the use of ... by X was unlawful": X's use is ruled on
    ("The ICO found that the use of facial recognition by Serco Leisure was unlawful.",
     {("Information Commissioner's Office", "ruling", "Serco Leisure")}, True),
    # a suit against a party, its plaintiff unnamed: a lawsuit with no actor
    ("Judge throws out BIPA suit against Amazon", {(None, "lawsuit", "Amazon")}, False),
    ("The class action, filed in federal court in Chicago, accuses Amazon of violating BIPA.",
     {(None, "lawsuit", "Amazon")}, True),
    # "the city of X" names the city; "a court in the city of X" only places the court
    ("The Electronic Frontier Foundation sued the city of Glenmoor. A court in the eastern city of Rivermouth "
     "ruled on Friday.", {("Electronic Frontier Foundation", "lawsuit", "Glenmoor")}, False),
    # a contract's product whose maker the sentence names: the maker is the party to the contract
    ("ICE awarded Palantir a $30 million contract to build ImmigrationOS, a platform for tracking migrants.",
     {("Immigration and Customs Enforcement", "contract", "Palantir")}, True),
    # ", as well as" coordinates; "rules" after a modifier is a noun, not a ruling
    ("The FCC on Friday barred approvals of equipment from Huawei and ZTE, as well as Hikvision and Dahua. Under "
     "the unanimously adopted rules, the camera makers cannot market new equipment.",
     {("Federal Communications Commission", "ban", "Huawei"), ("Federal Communications Commission", "ban", "ZTE"),
      ("Federal Communications Commission", "ban", "Hikvision"),
      ("Federal Communications Commission", "ban", "Dahua Technology")}, True),
    # "ordered <a few words> to pay <amount>" is a fine; a place before "start-up <Name>" describes it
    ("The regulator, the Garante, on Wednesday ordered Milan start-up Glenmoor Labs to pay 3 million euros. "
     "The court ordered Acme Ltd to pay Jane Roe 1,000 euros in compensation.",
     {("Italian Data Protection Authority", "fine", "Glenmoor Labs")}, False),
    # "a class action accusing X of": a suit against X, its plaintiffs unnamed; "hotly contested" is no appeal
    ("The judge approved Meta's settlement of a class action accusing the social network of scanning faces. "
     "Judge Ana Ruiz called the deal a win in the hotly contested area of privacy.",
     {(None, "lawsuit", "Meta")}, False),
    # "the maker of ChatGPT", "the owner of Facebook, Instagram and WhatsApp": the maker or owner
    ("The Garante opened an investigation into how the maker of ChatGPT collects data. The commission fined the "
     "owner of Facebook, Instagram and WhatsApp.",
     {("Italian Data Protection Authority", "investigation", "OpenAI"),
      ("Italian Data Protection Authority", "fine", "Meta")}, True),
    # "the country's" after "New South Wales" is Australia, not Wales
    ("Kmart breached Australians' privacy by scanning faces in stores in Victoria and New South Wales, the country's privacy "
     "commissioner has found.", {("Office of the Australian Information Commissioner", "ruling", "Kmart Australia")},
     True),
    # "has taken X to the <court>" sues X; a news agency is a party; "asked X to explain" inquires into X
    ("Indian news agency ANI has taken OpenAI to the Delhi High Court. The New York Attorney General has asked "
     "Madison Square Garden Entertainment to explain its use of face scanning.",
     {("Asian News International", "lawsuit", "OpenAI"),
      ("New York Attorney General", "investigation", "Madison Square Garden Entertainment")}, False),
    # "by writers A, B and C": a role noun before a list of people; each one sues
    ("The suit was filed last year by writers Mara Okonjo, Dev Patel and Ana Luisa Ruiz against Anthropic.",
     {("Mara Okonjo", "lawsuit", "Anthropic"), ("Dev Patel", "lawsuit", "Anthropic"),
      ("Ana Luisa Ruiz", "lawsuit", "Anthropic")}, True),
    # "It is the largest penalty the authority has imposed": the copula's subject does not fine
    ("The Garante fined the Comune di Trento €50,000. The authority said the town had failed to cooperate with its "
     "inquiry. It is the largest penalty the authority has ever imposed on a public body.",
     {("Italian Data Protection Authority", "fine", "Trento")}, True),
    # "X, known as Y," makes Y a name of X; "the city's subway operator" in the lede names the operator ahead
    ("A judge has barred the city's subway operator from using face scanning. Judge Ana Ruiz said Glenmoor "
     "Transit Ltd, known as GlenRail, had given no information. GlenRail said it would appeal.",
     {("Ana Ruiz", "order", "Glenmoor Transit Ltd")}, False),
    # "X and his counterparts in A and B" coordinate; "IBM chief executive Arvind Krishna" speaks for IBM
    ("Canada's federal privacy commissioner and his counterparts in Alberta and British Columbia have found that "
     "Tim Hortons broke privacy laws.",
     {("Office of the Privacy Commissioner of Canada", "ruling", "Tim Hortons"),
      ("Office of the Information and Privacy Commissioner of Alberta", "ruling", "Tim Hortons"),
      ("Office of the Information and Privacy Commissioner for British Columbia", "ruling", "Tim Hortons")}, True),
    ("Microsoft and Amazon paused sales. IBM chief executive Mara Okonjo told Congress in a letter that the "
     "company would no longer offer general-purpose facial recognition software.",
     {("Microsoft", "withdrawal", None), ("Amazon", "withdrawal", None), ("IBM", "withdrawal", None)}, True),
    # a sentence opening on "It" continues the subject that opened the sentence before
    ("The Garante has fined Luka Inc 5 million euros. The regulator said Luka had processed data on 900,000 users "
     "unlawfully. It also ordered the company to verify users' ages.",
     {("Italian Data Protection Authority", "fine", "Luka Inc"),
      ("Italian Data Protection Authority", "order", "Luka Inc")}, False),
    # a regulator's ban with no object binds the company the story is about; a ban on a technology does not
    ("Worldcoin has been told to stop scanning irises in Portugal. In Spain, the AEPD imposed a precautionary ban "
     "of up to three months last week, and Worldcoin said it would comply.",
     {("Spanish Data Protection Agency", "ban", "Worldcoin")}, False),
    ("The Garante imposed a ban on facial recognition in stadiums. Acme Ltd sold the cameras; Acme Ltd said so.",
     {("Italian Data Protection Authority", "ban", None)}, True),
    # "by lead plaintiff X"; "was pausing work on"; a titled reporter after the finding; a request turned down
    ("The suit was brought in 2019 by lead plaintiff Mara Okonjo, a truck driver, against BNSF Railway. The "
     "founder said on Sunday that Axon was pausing work on the project.",
     {("Mara Okonjo", "lawsuit", "BNSF Railway"), ("Axon", "withdrawal", None)}, True),
    ("The Royal Canadian Mounted Police broke privacy law when its officers used Clearview AI, Privacy Commissioner "
     "Daniel Therrien concluded in a report tabled on Thursday.",
     {("Office of the Privacy Commissioner of Canada", "ruling", "Royal Canadian Mounted Police")}, False),
    ("The AEPD banned Worldcoin. Tools for Humanity asked Spain's National High Court to suspend that measure, but "
     "the court turned down the request.",
     {("Tools for Humanity", "appeal", "Spanish Data Protection Agency"),
      ("Audiencia Nacional", "ruling", "Tools for Humanity")}, False),
    # "found that a trial run by X complied"; "on its own initiative" names no party
    ("The Privacy Commissioner has found that a six-month trial run by supermarket operator Glenmoor Foods Ltd "
     "complied with the Privacy Act. The commissioner had opened an inquiry on its own initiative in July after "
     "press reports, and Glenmoor Foods Ltd cooperated.",
     {("Privacy Commissioner", "ruling", "Glenmoor Foods Ltd"),
      ("Privacy Commissioner", "investigation", "Glenmoor Foods Ltd")}, True),
    # an application for an injunction is a suit; the court that rejects it rules on its applicant
    ("The Higher Regional Court of Cologne rejected an application for an injunction brought by Verbraucherzentrale "
     "NRW against Meta.",
     {("Higher Regional Court of Cologne", "ruling", "Verbraucherzentrale NRW"),
      ("Verbraucherzentrale NRW", "lawsuit", "Meta")}, True),
    # "the court rejected its request": "its" is not the court
    ("Meta lost its bid to halt Norway's ban after the Oslo District Court rejected its request for a temporary injunction against "
     "Datatilsynet.",
     {("Meta", "lawsuit", "Norwegian Data Protection Authority"), ("Oslo District Court", "ruling", "Meta")}, False),
    # challenging a party (not a decision) takes it to court; the decision overturned is no ruling on the defendant
    ("The Court of Appeal has ruled that South Wales Police's use of facial recognition was unlawful, overturning a "
     "High Court decision from last year. Campaigner Ed Bridges challenged South Wales Police after his face was "
     "scanned.",
     {("Court of Appeal", "ruling", "South Wales Police"), ("Ed Bridges", "lawsuit", "South Wales Police")}, True),
    # "after officers used X": the force whose officers they are uses X; "a required assessment" is no order
    ("The regulator fined the Swedish Police Authority after officers used the Clearview AI app. It found that the "
     "police had failed to carry out a required impact assessment.",
     {("Swedish Police Authority", "contract", "Clearview AI")}, False),
    # a family name written first recurs alone for a person the gazetteer knows from such a country
    ("The court ordered the park to pay Guo Bing 1,038 yuan. Guo, an associate professor, filed the suit last year "
     "against Hangzhou Safari Park.", {("Guo Bing", "lawsuit", "Hangzhou Safari Park")}, False),
    # "the country's consumer protection regulator" is its consumer authority, not its data protection one
    ("A Nigerian tribunal upheld a $220 million penalty that the country's consumer protection regulator imposed "
     "on Meta Platforms.", {("Federal Competition and Consumer Protection Commission", "fine", "Meta")}, False),
    # "X, whose claims against Y were rejected": X's suit; "X dropped its case": a retreat from that suit;
    # "The decision follows ...": the decision told already, no new ruling
    ("A judge threw out the suit. The decision follows a similar setback for Meta Platforms, whose claims against "
     "Bright Data were rejected in January by Judge Edward Chen; Meta dropped its case the following month.",
     {("Meta", "lawsuit", "Bright Data"), ("Edward Chen", "ruling", "Meta"), ("Meta", "withdrawal", "Bright Data")},
     True),
    # the tribunal of a won appeal rules against the appeal's target; "In a judgment ..., X said": X rules;
    # a notice is a regulator's, not the court's; appealing a court's judgment is against the other side
    ("PimEyes has won its appeal against the fine imposed by the Garante last year. In a judgment published on "
     "Monday, the Court of Rome said the company fell outside Italian law. The fine and the enforcement notice, "
     "which ordered the company to delete Italian users' data, were overturned. The Garante said it is seeking "
     "permission to appeal the Court of Rome's judgment.",
     {("PimEyes", "appeal", "Italian Data Protection Authority"), ("Italian Data Protection Authority", "fine", "PimEyes"),
      ("Court of Rome", "ruling", "Italian Data Protection Authority"),
      ("Italian Data Protection Authority", "order", "PimEyes"),
      ("Italian Data Protection Authority", "appeal", "PimEyes")}, True),
    # "a joint investigation with X": X and the story's own regulator; "The provisional finding follows ..." does
    # not hedge the investigation
    ("The Garante fined Luka Inc. The provisional finding follows a joint investigation with Spain's data "
     "protection agency, which had questioned Luka Inc for months.",
     {("Italian Data Protection Authority", "investigation", "Luka Inc"),
      ("Spanish Data Protection Agency", "investigation", "Luka Inc")}, False),
    # "would stop offering", "have limited their police sales"
    ("IBM said on Monday that it would stop offering general-purpose facial recognition. Several companies, "
     "including Amazon and Microsoft, have limited their police sales.",
     {("IBM", "withdrawal", None), ("Amazon", "withdrawal", None), ("Microsoft", "withdrawal", None)}, True),
    # "the letters from X and Y" repeat a letter told before; what a party asks a court to order is not ordered
    ("Meta has demanded that PimEyes stop scraping its photos. The letters from Google and YouTube became public on "
     "Wednesday. The state is asking the court to stop the company, to order the deletion of its data and to impose "
     "civil penalties on PimEyes.",
     {("Meta", "cease_and_desist", "PimEyes"), ("Google", "cease_and_desist", "PimEyes"),
      ("YouTube", "cease_and_desist", "PimEyes")}, True),
    # "barred police across the state from using X": X is what is banned
    ("The Ohio Attorney General has barred police across the state from using PimEyes.",
     {("Ohio Attorney General", "ban", "PimEyes")}, False),
    # a supporter of a legal challenge is not its claimant; "also objected" criticises the same party
    ("The Met will start using the cameras. Big Brother Watch described the move as a threat to civil liberties. "
     "Liberty, which is backing a legal challenge to police use of the technology in Wales, also objected.",
     {("Big Brother Watch", "criticism", "Metropolitan Police Service"),
      ("Liberty", "criticism", "Metropolitan Police Service")}, True),
    # a place right after a name ends it ("Project Chicago"), the list goes on
    ("The ACLU sued Clearview AI. The plaintiffs include the Rivermouth Women's Alliance, the Harbour Outreach "
     "Project Chicago and the Electronic Frontier Foundation.",
     {("Harbour Outreach Project", "lawsuit", "Clearview AI"),
      ("Electronic Frontier Foundation", "lawsuit", "Clearview AI")}, False),
    # "the first ban by a city in 2019, and several towns, including X": X is no target of that ban
    ("Boston joins San Francisco, which passed the first ban by a major city in May 2019, and several "
     "Massachusetts communities, including Somerville and Cambridge.", {("San Francisco", "ban", None)}, False),
    # "the system, known as X": X is a product; "His claim was dismissed by the court": the claimant's
    ("Glenmoor Police had used the system, known as FaceTrack Pro, at dozens of events. Campaigner Mara Okonjo sued "
     "the force. His claim was dismissed by the High Court in May.",
     {("Glenmoor Police", "contract", "FaceTrack Pro"), ("High Court", "ruling", "Mara Okonjo")}, False),
    # "the vote covers gear made by X and Y": a ban on what they make
    ("The Federal Communications Commission's unanimous vote covers equipment made by Hikvision and Dahua.",
     {("Federal Communications Commission", "ban", "Hikvision"),
      ("Federal Communications Commission", "ban", "Dahua Technology")}, True),
    # "the national police" in the lede is the force named in a later sentence
    ("The IMY's penalty of 2.5 million kronor against the national police follows its finding that officers used "
     "Clearview AI. The regulator said the Swedish Police Authority had failed to meet its obligations.",
     {("Swedish Authority for Privacy Protection", "fine", "Swedish Police Authority")}, False),
    # a lede's description of a party named in the next sentence is that party
    ("A Chicago supermarket chain has been fined $1 million by the Federal Trade Commission. Walmart said it "
     "would appeal.",
     {("Federal Trade Commission", "fine", "Walmart")}, False),
    # a list that holds one known party: its other capitalised members are parties of the same slot
    ("Reddit sued Crawlnet, Harvestly and ProxyMole on Wednesday.",
     {("Reddit", "lawsuit", "Crawlnet"), ("Reddit", "lawsuit", "Harvestly"), ("Reddit", "lawsuit", "ProxyMole")}, True),
    # ... and before it; "Separately," is no member, "The Globe and Mail" one member between commas
    ("Separately, Kestrel Media, Northgate News, The Globe and Mail and the Authors Guild sued OpenAI in Toronto.",
     {("Kestrel Media", "lawsuit", "OpenAI"), ("Northgate News", "lawsuit", "OpenAI"),
      ("The Globe and Mail", "lawsuit", "OpenAI"), ("Authors Guild", "lawsuit", "OpenAI")}, True),
    # a plural description, a dash, then the list
    ("Reddit sued three scrapers - Crawlnet, Harvestly and ProxyMole - on Wednesday.",
     {("Reddit", "lawsuit", "Crawlnet"), ("Reddit", "lawsuit", "Harvestly"), ("Reddit", "lawsuit", "ProxyMole")}, True),
    # a description's head carries words of its own between the preposition and the name
    ("Reddit has filed a lawsuit in federal court against the AI search company Perplexity.",
     {("Reddit", "lawsuit", "Perplexity AI")}, True),
    # a complaint's target past the body that receives it
    ("Worker Info Exchange filed a grievance with the Dutch Data Protection Authority over Uber's facial checks.",
     {("Worker Info Exchange", "complaint", "Uber")}, True),
    ("Open Rights Group has submitted a complaint to the ICO, urging the regulator to stop Meta from using posts.",
     {("Open Rights Group", "complaint", "Meta")}, True),
    ("Big Brother Watch has reported the Southern Co-op supermarket chain to the Information Commissioner's Office.",
     {("Big Brother Watch", "complaint", "Southern Co-op")}, True),
    ("Max Schrems complained to the Irish Data Protection Commissioner in 2013 that Facebook's transfers broke the law.",
     {("Max Schrems", "complaint", "Facebook")}, True),
    # rulings: a time between "held" and "that"; "said X had violated" without "that"; part of X's rules
    ("The Court of Justice of the European Union held on Friday that Meta cannot keep the data forever.",
     {("Court of Justice of the European Union", "ruling", "Meta")}, True),
    ("The European Court of Human Rights said Russia had violated the rights of a protester.",
     {("European Court of Human Rights", "ruling", "Russia")}, False),
    ("A federal judge struck down parts of Portland's facial recognition rules on Monday.",
     {(None, "ruling", "Portland")}, True),
    # suits: a claim filed in a court against X; dragging X into court; "is suing"; a long "brought by ... against"
    ("Getty Images has filed a claim in the High Court in London against Stability AI.",
     {("Getty Images", "lawsuit", "Stability AI")}, True),
    ("X Corp drags data firm Bright Data into court over scraping.", {("Twitter", "lawsuit", "Bright Data")}, True),
    ("Harbour Daily Press is suing OpenAI over its articles.", {("Harbour Daily Press", "lawsuit", "OpenAI")}, True),
    ("A judge dismissed parts of a lawsuit brought by a group of visual artists against Stability AI.",
     {(None, "lawsuit", "Stability AI")}, False),
    # a decision challenged in the same sentence binds the challenger; the challenge is against its maker
    ("Google has taken its fight against the CNIL's €50 million fine to the Conseil d'État.",
     {("Google", "appeal", "CNIL"), ("CNIL", "fine", "Google")}, True),
    ("Meta has lodged a challenge at the EU General Court against the European Commission's €200 million fine.",
     {("Meta", "appeal", "European Commission"), ("European Commission", "fine", "Meta")}, True),
    ("Uber is fighting the €290 million penalty imposed by the Dutch Data Protection Authority.",
     {("Uber", "appeal", "Dutch Data Protection Authority"), ("Dutch Data Protection Authority", "fine", "Uber")}, True),
    # a sanction with an amount, imposed by a regulator, is a fine
    ("The £7.5 million sanction, imposed by the ICO on Clearview AI in May 2022, was later overturned.",
     {("Information Commissioner's Office", "fine", "Clearview AI")}, False),
    # a name inside an earlier trigger is that trigger's, not the next verb's subject
    ("Kenya's High Court declared Worldcoin's collection of iris data unlawful and ordered the company to delete it.",
     {("High Court of Kenya", "order", "Worldcoin")}, False),
    # ", who ordered": the office named by its holder right before the pronoun
    ("Clearview AI was found to have breached privacy law by the Australian Information Commissioner, Angelene Falk, "
     "who ordered the company to destroy the images.",
     {("Office of the Australian Information Commissioner", "order", "Clearview AI")}, False),
    # "given X two months to stop" orders; "gave X ten days to explain" asks
    ("France's CNIL said it had given Clearview AI two months to stop collecting photos.",
     {("CNIL", "order", "Clearview AI")}, True),
    # settlements: an agreement reached "resolving" claims, a deal struck "to end" a suit, "which X reached with Y"
    ("Texas and Google have reached a $1.375 billion agreement resolving the state's claims.",
     {("Texas", "settlement", "Google")}, False),
    ("Clearview AI struck a deal to end a nationwide class action.", {("Clearview AI", "settlement", None)}, False),
    ("The $20 million settlement, which Microsoft reached with the Federal Trade Commission, resolves claims.",
     {("Microsoft", "settlement", "Federal Trade Commission")}, True),
    # data pulled or harvested from a platform's users or accounts is the platform's
    ("Cambridge Analytica harvested the personal data of up to 87 million Facebook users.",
     {("Cambridge Analytica", "data_collection", "Facebook")}, True),
    ("Voyager Labs pulled data from thousands of Facebook accounts.", {("Voyager Labs", "data_collection", "Facebook")}, True),
    # criticism: "hit out at", "came under fire from", "drew opposition from" (the subject's plan is no hedge),
    # "called X's model unlawful"
    ("Max Schrems hit out at Ireland's Data Protection Commission on Monday.",
     {("Max Schrems", "criticism", "Data Protection Commission")}, True),
    ("Ring's partnerships with police came under fire from the Electronic Frontier Foundation.",
     {("Electronic Frontier Foundation", "criticism", "Ring")}, True),
    ("Apple's plan to scan iPhones drew opposition from WhatsApp chief Will Cathcart.",
     {("WhatsApp", "criticism", "Apple")}, True),
    ("Consumer group BEUC called Meta's 'pay or consent' model unlawful.", {("European Consumer Organisation", "criticism", "Meta")}, True),
    # retreats: "took X offline" (a long object), "put on hold its plans", a platform suspending its own use
    ("Google took Gemini's ability to generate images of people offline in February 2024.",
     {("Google", "withdrawal", None)}, True),
    ("Meta has put on hold its plans to train AI models on European users' posts.", {("Meta", "withdrawal", None)}, True),
    ("LinkedIn has suspended the use of UK members' data to train its AI models.", {("LinkedIn", "withdrawal", None)}, True),
    # "has begun using": a contract, not a participle after a noun
    ("The Ministry of Defence of Ukraine has begun using Clearview AI's software.",
     {("Ministry of Defence of Ukraine", "contract", "Clearview AI")}, True),
    # "X and 14 other companies, including A, B and C": all of them are targets
    ("Texas Attorney General Ken Paxton is investigating Character.AI and 14 other technology companies, including "
     "Reddit, Instagram and Discord.",
     {("Texas Attorney General", "investigation", "Character.AI"), ("Texas Attorney General", "investigation", "Reddit"),
      ("Texas Attorney General", "investigation", "Instagram"), ("Texas Attorney General", "investigation", "Discord")},
     True),
    # lawyers who "wrote to X insisting that it stop" send a demand
    ("Amazon's lawyers wrote to Perplexity insisting that it stop its agent from shopping.",
     {("Amazon", "cease_and_desist", "Perplexity AI")}, True),
    # "Torstar's Toronto Star, ...": the owner does not act; the list does
    ("The suit was brought by Torstar's Toronto Star, Postmedia Network and The Canadian Press against OpenAI.",
     {("Toronto Star", "lawsuit", "OpenAI"), ("Postmedia Network", "lawsuit", "OpenAI"),
      ("The Canadian Press", "lawsuit", "OpenAI")}, True),
    # "A and B have joined C in a class action against X": all three sue
    ("John Grisham and other novelists have joined the Authors Guild in a class action accusing OpenAI of theft.",
     {("John Grisham", "lawsuit", "OpenAI"), ("Authors Guild", "lawsuit", "OpenAI")}, True),
    # a supplier's "sold/licensed/supplied ... to X": X is the customer
    ("Reddit already licenses its data to Google and OpenAI.",
     {("Google", "contract", "Reddit"), ("OpenAI", "contract", "Reddit")}, True),
    ("Huawei supplied the cameras to the Uganda Police Force.", {("Uganda Police Force", "contract", "Huawei")}, True),
    ("Voyager Labs collected posts and sold the resulting insights to its clients.", set(), True),
    # "deals with publishers, including X": X is the partner; a month in a list is no party
    ("OpenAI has struck licensing deals with other publishers, including The Associated Press in July.",
     {("OpenAI", "contract", "Associated Press")}, True),
    # a petition filed in court is a suit
    ("The ruling came in a petition filed by the Katiba Institute against the government of Kenya.",
     {("Katiba Institute", "lawsuit", "Kenya")}, True),
    # a description in the lede that a name follows introduces that name; it names no later party
    ("Reddit has filed a lawsuit in New York against the AI search company Perplexity. Its posts turned up in "
     "Google search results.", {("Reddit", "lawsuit", "Perplexity AI")}, True),
    # "A group of authors including / led by X" sues as X; "filed by a coalition of groups including X and Y"
    ("A group of authors including the comedian Sarah Silverman brought class actions against OpenAI and Meta.",
     {("Sarah Silverman", "lawsuit", "OpenAI"), ("Sarah Silverman", "lawsuit", "Meta")}, True),
    ("A group of authors led by Sarah Silverman sued Meta.", {("Sarah Silverman", "lawsuit", "Meta")}, True),
    ("Complaints against Clearview AI were filed on Thursday by a coalition of groups including Privacy International "
     "and noyb.", {("Privacy International", "complaint", "Clearview AI"), ("noyb", "complaint", "Clearview AI")}, True),
    # "India's government", "the government of Zimbabwe": the country's national government
    ("India's government banned TikTok and 58 other Chinese apps in June 2020.",
     {("Indian government", "ban", "TikTok")}, True),
    ("In 2018 the government of Zimbabwe signed a deal with CloudWalk Technology.",
     {("Zimbabwean government", "contract", "CloudWalk Technology")}, True),
    # a legislator investigates for the legislature; the state he is from does not act
    ("Sen. Edward Markey of Massachusetts, who has investigated Ring's practices for years, wrote to Amazon.",
     {("Ed Markey", "investigation", "Ring")}, True),
    ("Oregon state senator Dana Whitfield launched an inquiry into Flock Safety.",
     {("Dana Whitfield", "investigation", "Flock Safety")}, True),
    # "Microsoft President Brad Smith said the company would not sell": the speaker's company
    ("Amazon paused police sales in June 2020. Microsoft President Brad Smith said the company would not sell facial "
     "recognition to police departments.", {("Amazon", "withdrawal", None), ("Microsoft", "withdrawal", None)}, True),
    # "Both men": the two persons just listed, a year after each
    ("Woodruff was the third Detroit resident wrongly arrested, following Robert Williams in 2020 and Michael Oliver in "
     "2019. Both men sued the city of Detroit.",
     {("Robert Williams", "lawsuit", "Detroit"), ("Michael Oliver", "lawsuit", "Detroit")}, False),
    # "the attorneys general of A, B and the District of Columbia": each one's attorney general
    ("Lawsuits filed by the attorneys general of Texas, Indiana and the District of Columbia against Google are pending.",
     {("Texas Attorney General", "lawsuit", "Google"), ("Indiana Attorney General", "lawsuit", "Google"),
      ("District of Columbia Attorney General", "lawsuit", "Google")}, True),
    # contracts: a force's staff running searches with X, "among the first customers of X", "supplied X with"
    ("Minneapolis police employees had run searches with Clearview AI.",
     {("Minneapolis Police Department", "contract", "Clearview AI")}, True),
    ("The Santa Cruz Police Department was among the first customers of PredPol.",
     {("Santa Cruz Police Department", "contract", "Geolitica")}, True),
    ("Palantir had for six years quietly supplied NOPD with software.",
     {("New Orleans Police Department", "contract", "Palantir")}, True),
    # data copied from platforms
    ("Clearview AI built its database by copying billions of photos from Facebook and YouTube.",
     {("Clearview AI", "data_collection", "Facebook"), ("Clearview AI", "data_collection", "YouTube")}, True),
    # a passive whose auxiliary a parenthesis separates from the participle; the parenthesis does not hedge
    ("Access to ChatGPT was, with immediate effect and pending an investigation into possible breaches of European "
     "privacy rules, temporarily blocked in Italy by the Garante.",
     {("Italian Data Protection Authority", "ban", "ChatGPT")}, True),
    ("The use of facial recognition by South Wales Police was, in a judgment handed down on Tuesday, declared unlawful "
     "by the Court of Appeal.", {("Court of Appeal", "ruling", "South Wales Police")}, True),
    # "a case / challenge / claim brought by X against Y" is a suit
    ("The ruling came in a claim brought by the campaigner Ed Bridges against South Wales Police.",
     {("Ed Bridges", "lawsuit", "South Wales Police")}, True),
    # participles of the passive without an auxiliary: fronted, or a reduced relative after the party
    ("Sued by the ACLU in Illinois in 2020, Clearview AI has agreed to stop selling its database.",
     {("American Civil Liberties Union", "lawsuit", "Clearview AI")}, True),
    ("Ordered by the Information Commissioner's Office to stop using facial recognition, Serco Leisure said it would "
     "comply.", {("Information Commissioner's Office", "order", "Serco Leisure")}, True),
    ("The chatbot ChatGPT, blocked by the Garante at the end of March, had been unavailable for weeks.",
     {("Italian Data Protection Authority", "ban", "ChatGPT")}, True),
    # an inquiry "demanding information from" a list investigates each (no demand to stop)
    ("The Federal Trade Commission opened an inquiry on Thursday into AI chatbots, demanding information from Alphabet, "
     "Meta and OpenAI.", {("Federal Trade Commission", "investigation", "Alphabet"),
                          ("Federal Trade Commission", "investigation", "Meta"),
                          ("Federal Trade Commission", "investigation", "OpenAI")}, True),
    # "X's clients have included A, B and C": each is X's customer (a source named after "according to" is not)
    ("Clearview AI's clients have included the FBI and Immigration and Customs Enforcement, according to documents "
     "reviewed by The Intercept.", {("Federal Bureau of Investigation", "contract", "Clearview AI"),
                                    ("Immigration and Customs Enforcement", "contract", "Clearview AI")}, True),
    # "calling X Orwellian", "called X's plan a threat": criticism of X
    ("Big Brother Watch condemned the trial on Monday, calling Clearview AI Orwellian.",
     {("Big Brother Watch", "criticism", "Clearview AI")}, True),
    ("Liberty called the Metropolitan Police's plan a threat to civil liberties.",
     {("Liberty", "criticism", "Metropolitan Police Service")}, True),
    # a sentence opening on "They" continues the list that opened the sentence before
    ("Steven Vance and Tim Janecyk sued Amazon and Microsoft on Tuesday. They had already sued IBM in Illinois in "
     "January.", {("Steven Vance", "lawsuit", "IBM"), ("Tim Janecyk", "lawsuit", "IBM")}, False),
    # a government that no longer allows its agencies a use, or imposes a moratorium on it, bans it
    ("Minneapolis will no longer allow its police department to use facial recognition software.",
     {("Minneapolis", "ban", None)}, True),
    ("Vermont has become the first state to impose a near-total moratorium on police use of facial recognition.",
     {("Vermont", "ban", None)}, True),
    # a settlement "announced by" one party is with the sentence's subject
    ("Rite Aid will be barred from using facial recognition for five years under a settlement announced Tuesday by the "
     "Federal Trade Commission.", {("Federal Trade Commission", "settlement", "Rite Aid")}, False),
    # "was on Friday, at the end of an inquiry ..., fined by": a passive across a date and a parenthesis
    ("TikTok was on Friday, at the end of an inquiry into its handling of children's accounts that began in 2021, "
     "fined €345 million by Ireland's Data Protection Commission.",
     {("Data Protection Commission", "fine", "TikTok")}, False),
    # "did not impose a fine, ordering the company only to delete": the order is not negated
    ("Austria's data protection authority did not impose a fine on Clearview AI, ordering the company only to delete "
     "the man's data.", {("Austrian Data Protection Authority", "order", "Clearview AI")}, True),
    # an FTC "proposed order" is the order of a settlement, reported as made
    ("Rite Aid settled with the Federal Trade Commission. The proposed order also requires the company to delete the "
     "images it collected.", {("Federal Trade Commission", "order", "Rite Aid")}, False),
    # campaigning for a party to drop something criticises it
    ("Activists, including the group Jewish Voice for Peace, had campaigned for Microsoft to drop the investment.",
     {("Jewish Voice for Peace", "criticism", "Microsoft")}, True),
    ("The group Jewish Voice for Peace has campaigned since 2021 for Google and Amazon to drop the contract.",
     {("Jewish Voice for Peace", "criticism", "Google"), ("Jewish Voice for Peace", "criticism", "Amazon")}, False),
    # "settled with the city": the city whose police the text named
    ("Robert Williams sued the Detroit Police Department in 2021 and settled with the city on Friday.",
     {("Robert Williams", "settlement", "Detroit")}, False),
    # "said it would appeal, calling the fine unjustified": the criticism is made, the appeal announced
    ("The Data Protection Commission fined Meta. The social media giant said it would appeal, calling the fine "
     "unjustified.", {("Meta", "criticism", "Data Protection Commission")}, False),
    # a city's ban on its own agencies ("The ban prohibits the city from ...") has no target
    ("Minneapolis will no longer allow its police department to use facial recognition. The ban prohibits the city "
     "from obtaining information derived from it.", {("Minneapolis", "ban", None)}, True),
    # a police chief named by title speaks for the force named before
    ("New Orleans police used facial recognition. Police Superintendent Anne Kirkpatrick paused the arrangement in "
     "April.", {("New Orleans Police Department", "withdrawal", None)}, True),
    # "over its use of" after an accusation: the accused's use
    ("Big Brother Watch reported Frasers Group to the Information Commissioner's Office over its use of Facewatch "
     "cameras in its stores.", {("Frasers Group", "contract", "Facewatch")}, False),
    # an owner of content licenses it: the other side of the deal is the customer
    ("Condé Nast signed a multi-year licensing deal with OpenAI in August.", {("OpenAI", "contract", "Condé Nast")}, True),
    ("Reddit has signed licensing agreements with Google worth $60 million a year.",
     {("Google", "contract", "Reddit")}, True),
    ("The Financial Times agreed to license its archive of articles and photographs to OpenAI for training.",
     {("OpenAI", "contract", "Financial Times")}, True),
    ("Microsoft has licensed a catalogue of nonfiction books from HarperCollins for training.",
     {("Microsoft", "contract", "HarperCollins")}, True),
    # "its cameras, supplied by NEC": the owner bought them; without an owner, nobody did
    ("The Metropolitan Police said its live facial recognition cameras, supplied by NEC, had been used at the "
     "coronation.", {("Metropolitan Police Service", "contract", "NEC")}, True),
    ("The cameras, supplied by Flock Safety, photograph every car. The district bought the scanners with money "
     "from the state of New York.", set(), True),
    # "said the regulator's findings were incorrect", "called the measure a setback": criticism of the maker
    ("Google said the CNIL's findings were largely inaccurate and that it would appeal.",
     {("Google", "criticism", "CNIL")}, False),
    ("Italy's Garante suspended ChatGPT. OpenAI called the measure a blow to innovation.",
     {("OpenAI", "criticism", "Italian Data Protection Authority")}, False),
    # "websites' blocks": a noun after a plural possessive
    ("Cloudflare said Perplexity was using stealth crawlers to get around publishers' blocks.", set(), True),
    # a school district is a public body; a plural noun opening a sentence is no name (people the text does not name)
    ("Parents sued the Lockport City School District over its facial recognition cameras.",
     {(None, "lawsuit", "Lockport City School District")}, True),
    ("The NYCLU sued the Lockport City School District over its facial recognition cameras.",
     {("New York Civil Liberties Union", "lawsuit", "Lockport City School District")}, True),
    # "for citing its": the one rebuked
    ("The FTC rebuked Meta for citing its consent decree with the agency as the reason.",
     {("Federal Trade Commission", "criticism", "Meta"), ("Meta", "settlement", "Federal Trade Commission")}, True),
    # data "taken from", "drawn from", "took ... photos from"; the owner of a passive's data took it
    ("PimEyes built its index from faces drawn from Flickr and YouTube.",
     {("PimEyes", "data_collection", "Flickr"), ("PimEyes", "data_collection", "YouTube")}, True),
    ("Clearview AI's collection of ten billion images was scraped from Instagram and LinkedIn, the suit said.",
     {("Clearview AI", "data_collection", "Instagram"), ("Clearview AI", "data_collection", "LinkedIn")}, True),
    ("Clearview AI took millions of pictures from VKontakte.", {("Clearview AI", "data_collection", "VK")}, True),
    ("The decision was taken from the minister's office.", set(), True),
    # a country as the subject of what a state does is its government, or its regulator where the text names it
    ("In June 2020, India banned TikTok along with 58 other apps.", {("Indian government", "ban", "TikTok")}, True),
    ("Canada, Belgium and Denmark have barred TikTok from government phones.",
     {("Canadian government", "ban", "TikTok"), ("Belgian government", "ban", "TikTok"),
      ("Danish government", "ban", "TikTok")}, True),
    ("Spain fines Worldcoin. Spain's data protection agency said on Monday it had fined the company.",
     {("Spanish Data Protection Agency", "fine", "Worldcoin")}, True),
    ("Clearview AI was fined in France and Italy before the ruling.", {(None, "fine", "Clearview AI")}, True),
    # "deals between A and B, C and D": A with each of the others (a country before a member describes it)
    ("Microsoft has struck similar licensing deals between itself and publishers. Earlier deals between Amazon "
     "and the New York Times, France's Le Monde and HarperCollins were reported.",
     {("Amazon", "contract", "New York Times"), ("Amazon", "contract", "Le Monde"),
      ("Amazon", "contract", "HarperCollins")}, True),
    # "revenue-sharing agreements with publishers including A and B"
    ("Perplexity signed revenue-sharing agreements with publishers including Der Spiegel and Fortune.",
     {("Perplexity AI", "contract", "Der Spiegel"), ("Perplexity AI", "contract", "Fortune")}, True),
    # "the San Francisco-based company" describes a party; the city is none
    ("Clearview AI was sued on Monday. A cease-and-desist letter Twitter sent the San Francisco-based company in "
     "January demanded that it stop.", {(None, "lawsuit", "Clearview AI"), ("Twitter", "cease_and_desist", "Clearview AI")},
     True),
    # an object relative: "X, which the ACLU sued in 2020, ..."
    ("Clearview AI, which the ACLU sued in 2020, settled in May.",
     {("American Civil Liberties Union", "lawsuit", "Clearview AI"),
      ("Clearview AI", "settlement", "American Civil Liberties Union")}, True),
    ("The Chinese-owned app TikTok, which Britain's Information Commissioner's Office fined £12.7 million in April, "
     "said it disagreed.", {("Information Commissioner's Office", "fine", "TikTok")}, True),
    # "Italy's Garante and Greece's Hellenic Data Protection Authority each fined ...": one list
    ("Italy's Garante and Greece's Hellenic Data Protection Authority each fined Clearview AI €20 million.",
     {("Italian Data Protection Authority", "fine", "Clearview AI"),
      ("Hellenic Data Protection Authority", "fine", "Clearview AI")}, True),
    # "the Facebook parent" is Meta; "the European Union's top court" the CJEU
    ("Ken Paxton sued the Facebook parent in February 2022.", {("Texas Attorney General", "lawsuit", "Meta")}, True),
    ("The European Union's top court ruled against Meta on Tuesday.",
     {("Court of Justice of the European Union", "ruling", "Meta")}, True),
    # a judgement in quotes: 'said the decision was "unlawful, ..."'
    ("The Dutch DPA fined Clearview AI. Clearview's lawyer said the decision was \"unlawful and unenforceable\".",
     {("Dutch Data Protection Authority", "fine", "Clearview AI"),
      ("Clearview AI", "criticism", "Dutch Data Protection Authority")}, True),
    # a complaint a government office files is a suit
    ("The Justice Department filed the complaint against TikTok on the FTC's behalf.",
     {("US Department of Justice", "lawsuit", "TikTok")}, True),
    # "Unlike X, A and B have ...": X is set apart
    ("Unlike Anthropic, Google and OpenAI have signed licensing agreements with Reddit.",
     {("Google", "contract", "Reddit"), ("OpenAI", "contract", "Reddit")}, True),
    # ", and X paused ...": a clause of its own, no object of the verb before
    ("CHOICE found that Kmart and The Good Guys were using the technology, and Bunnings paused its use.",
     {("Bunnings", "withdrawal", None)}, True),
    # "in what campaigners called the first legal challenge": the case named, its filer told elsewhere
    ("The court ruled that the Met's use of the cameras was unlawful, in what campaigners called the first legal "
     "challenge to the technology.", {(None, "ruling", "Metropolitan Police Service")}, True),
    # "The Times" after "The New York Times": the one newspaper the text names that ends so
    ("The New York Times wrote to Perplexity in October. The Times sued the start-up in December.",
     {("New York Times", "lawsuit", "Perplexity AI")}, False),
    # "brought a High Court challenge against the force"
    ("The Met expanded its cameras. Shaun Thompson has brought a High Court challenge against the force.",
     {("Shaun Thompson", "lawsuit", "Metropolitan Police Service")}, True),
    # "after investigating X": the sentence's subject investigated; "that complaint" was told before
    ("In June the FTC referred that complaint to prosecutors after investigating TikTok.",
     {("Federal Trade Commission", "investigation", "TikTok")}, True),
    # "the department" after "the Justice Department": the one named party whose name holds the word
    ("California Attorney General Rob Bonta sued TikTok. Rob Bonta spoke twice. The Justice Department opened a "
     "case in August, and the department sued TikTok in September.",
     {("California Attorney General", "lawsuit", "TikTok"), ("US Department of Justice", "lawsuit", "TikTok")}, True),
    # "X became the first city to ban ...": the description is X
    ("Portland banned facial recognition. San Francisco became the first major city to forbid its departments "
     "from using the technology in May 2019.", {("Portland", "ban", None), ("San Francisco", "ban", None)}, True),
    # a use that is forbidden is no contract
    ("In August the Times changed its terms to forbid the use of its content by OpenAI.", set(), True),
    # a judge whose name opens with an initial
    ("U.S. District Judge B. Lynn Winmill ruled against Kochava on Monday.", {("B. Lynn Winmill", "ruling", "Kochava")},
     True),
    # a description before the object may run longer ("the New York-based facial recognition company X")
    ("The ICO fined the New York-based facial recognition company Clearview AI in May 2022.",
     {("Information Commissioner's Office", "fine", "Clearview AI")}, True),
    # "against five of those companies, A, B and C": the list names them, past the body complained to
    ("EPIC filed a complaint with the attorney general for the District of Columbia against five of those "
     "companies, Respondus, Proctorio and Honorlock.",
     {("Electronic Privacy Information Center", "complaint", "Respondus"),
      ("Electronic Privacy Information Center", "complaint", "Proctorio"),
      ("Electronic Privacy Information Center", "complaint", "Honorlock")}, True),
    # "A security guard ordered X": a subject the story names as nobody is no authority of the story
    ("The ICO fined Southern Co-op in May. A security guard ordered Shaun Thompson to leave the store.",
     {("Information Commissioner's Office", "fine", "Southern Co-op")}, True),
    # "fined the New York-based facial recognition company X ... and ordered it": the first verb's subject
    ("The ICO fined the New York-based facial recognition company Clearview AI in May 2022 and ordered it to "
     "delete the data.", {("Information Commissioner's Office", "fine", "Clearview AI"),
                          ("Information Commissioner's Office", "order", "Clearview AI")}, True),
    # "that they used the app": a pronoun no party stands for is the subject
    ("Norway's data protection authority fined the gay dating app Grindr for passing on the fact that they used "
     "the app.", {("Norwegian Data Protection Authority", "fine", "Grindr")}, True),
    # a court that grants an injunction orders; a regulator's "temporary limitation on processing" is an order
    ("Judge Cynthia Thome granted an injunction against the subway operator Metro on Tuesday.",
     {("Cynthia Thome", "order", "Metro")}, True),
    ("Italy's Garante imposed an immediate temporary limitation on Replika's processing of Italian users' data.",
     {("Italian Data Protection Authority", "order", "Replika")}, True),
    # "the automaker", "the drugstore chain": descriptions of companies
    ("The FTC settled with General Motors. The order also requires the automaker to delete data it has kept.",
     {("Federal Trade Commission", "settlement", "General Motors"), ("Federal Trade Commission", "order", "General Motors")},
     True),
    # accused of using a publisher's articles: no licence bought; a list member ends at a full stop
    ("The New York Times sued OpenAI and Microsoft, accusing them of using millions of the newspaper's articles to "
     "train ChatGPT and Copilot. The complaint was filed in Manhattan.",
     {("New York Times", "lawsuit", "OpenAI"), ("New York Times", "lawsuit", "Microsoft")}, True),
    # more wordings: "docked", "hits X with", "an infringement fee", "found X in breach", "hauled before a court",
    # "drags X to court", "commenced an action ... against", "came to terms with", "an assurance of discontinuance",
    # "axes", "boots X from", "kicked X out of"
    ("Spain's AEPD docked LaLiga €250,000 over its app.", {("Spanish Data Protection Agency", "fine", "LaLiga")}, True),
    ("The CNIL hits Criteo with €40m penalty.", {("CNIL", "fine", "Criteo")}, True),
    ("Norway's Datatilsynet imposed an infringement fee of NOK 65 million on Grindr.",
     {("Norwegian Data Protection Authority", "fine", "Grindr")}, True),
    ("The ICO found Serco Leisure in breach of data protection law.",
     {("Information Commissioner's Office", "ruling", "Serco Leisure")}, True),
    ("Meta has been hauled before a Texas court by Attorney General Ken Paxton.",
     {("Texas Attorney General", "lawsuit", "Meta")}, True),
    ("Liberty drags Home Office to court over passport photo searches.", {("Liberty", "lawsuit", "Home Office")}, True),
    ("The FTC commenced an action in federal court in Idaho against Kochava.",
     {("Federal Trade Commission", "lawsuit", "Kochava")}, True),
    ("TikTok came to terms with the FTC over children's data.", {("TikTok", "settlement", "Federal Trade Commission")},
     True),
    ("Zoom entered into an assurance of discontinuance with the New York attorney general.",
     {("Zoom Video Communications", "settlement", "New York Attorney General")}, True),
    ("Zoom axes attention-tracking feature.", {("Zoom Video Communications", "withdrawal", None)}, True),
    ("Meta boots Black Cube and Cognyte from its platforms.", {("Meta", "ban", "Black Cube"), ("Meta", "ban", "Cognyte")},
     True),
    ("The FTC kicked stalkerware maker SpyFone out of the surveillance business.",
     {("Federal Trade Commission", "ban", "SpyFone")}, True),
    # a passive act by an authority the text never names has no actor; "X ruled 4-3" is the court's own ruling
    ("Google was fined 150 million euros in France over cookie banners.", {(None, "fine", "Google")}, True),
    ("In Cothron v. White Castle, the Illinois Supreme Court ruled 4-3 that each scan counted.",
     {("Illinois Supreme Court", "ruling", "White Castle")}, False),
    # "Luxembourg's CNPD": the acronym two regulators bear goes to the country named
    ("Amazon, fined €746 million by Luxembourg's CNPD in 2021, is still contesting the decision.",
     {("Luxembourg National Commission for Data Protection", "fine", "Amazon"),
      ("Amazon", "appeal", "Luxembourg National Commission for Data Protection")}, True),
    # a company that suspends its own product retreats; a company bans only whom it names after the verb
    ("Scatter Lab suspended its Lee Luda chatbot in January.", {("Scatter Lab", "withdrawal", None)}, True),
    ("The paper changed its terms to forbid the use of its articles by OpenAI.", set(), True),
    # "before the Conseil d'Etat, which upheld the sanction": the court rules on the challenger's case
    ("Criteo challenged the CNIL's fine before the Conseil d'État, which upheld the sanction in 2024.",
     {("Criteo", "appeal", "CNIL"), ("CNIL", "fine", "Criteo"), ("Conseil d'État", "ruling", "Criteo")}, True),
    # "fires off cease-and-desist to X": a verb links the sender; "pulled the plug on X" by a state bans X
    ("The BBC fires off cease-and-desist to Perplexity.", {("BBC", "cease_and_desist", "Perplexity AI")}, True),
    ("Kenya's interior ministry pulled the plug on Worldcoin in August.",
     {("Ministry of Interior and National Administration", "ban", "Worldcoin")}, True),
    # a gerund after a determiner is a noun ("The scraping of X by Y"); a participle may follow a description
    ("The scraping of LinkedIn profiles by hiQ Labs was at the heart of the case.",
     {("hiQ Labs", "data_collection", "LinkedIn")}, True),
    ("Replika, the companion chatbot app investigated by Italy's Garante in 2023, has been fined €5 million.",
     {("Italian Data Protection Authority", "investigation", "Replika"),
      ("Italian Data Protection Authority", "fine", "Replika")}, True),
    # more wordings: "the CNIL's €40 million sanction", "voiced serious concern about X's", "a legal demand",
    # "civil investigative demands", "X's decision to end", "torrents ... from", "facial recognition from X",
    # a deal with a regulator settles
    ("Criteo is contesting the CNIL's €40 million sanction.", {("Criteo", "appeal", "CNIL"), ("CNIL", "fine", "Criteo")},
     True),
    ("The European Data Protection Supervisor voiced serious concern about Europol's storage of data.",
     {("European Data Protection Supervisor", "criticism", "Europol")}, True),
    ("Mumsnet sent OpenAI a legal demand to stop scraping its forums.", {("Mumsnet", "cease_and_desist", "OpenAI")}, True),
    ("The Texas attorney general's office issued civil investigative demands to Character.AI.",
     {("Texas Attorney General", "investigation", "Character.AI")}, True),
    ("Ring's decision to end the Request for Assistance tool was welcomed.", {("Ring", "withdrawal", None)}, True),
    ("Meta torrents 81.7TB of pirated books from LibGen, court filings show.",
     {("Meta", "data_collection", "Library Genesis")}, True),
    ("Rite Aid deployed facial recognition from FaceFirst in hundreds of stores.", {("Rite Aid", "contract", "FaceFirst")},
     True),
    ("Avast's $16.5 million deal with the FTC resolves charges over browsing data.",
     {("Avast", "settlement", "Federal Trade Commission")}, True),
    # "the San Francisco company ... how it addresses": "it" is the company, not the city
    ("The FTC opened an investigation into OpenAI. The agency sent the San Francisco company a demand asking how "
     "it addresses false statements.", {("Federal Trade Commission", "investigation", "OpenAI")}, True),
    # a protection authority's name does not cancel its verb ("... Privacy Protection instructed")
    ("The Swedish Authority for Privacy Protection instructed the Police Authority to delete all data.",
     {("Swedish Authority for Privacy Protection", "order", "Swedish Police Authority")}, True),
    # "X demanded ..., before suing the company": the sentence's subject is not its own object
    ("Getty Images demanded that Stability AI stop, before suing the company in London's High Court.",
     {("Getty Images", "cease_and_desist", "Stability AI"), ("Getty Images", "lawsuit", "Stability AI")}, True),
    # "X, whose software the LAPD trialled": an object relative with "whose"
    ("Voyager Labs, whose monitoring software the Los Angeles Police Department trialled in 2019, was sued by Meta.",
     {("Los Angeles Police Department", "contract", "Voyager Labs"), ("Meta", "lawsuit", "Voyager Labs")}, True),
    # more wordings: "is seeking to overturn the $220 million penalty", "served formal notice on X to stop using Y",
    # "signed up for", "applied ... for review of", "savaged", "opposing", "tapped into", "accused X of"
    ("Meta is seeking to overturn the $220 million penalty imposed by Nigeria's Federal Competition and Consumer "
     "Protection Commission.", {("Meta", "appeal", "Federal Competition and Consumer Protection Commission"),
                                ("Federal Competition and Consumer Protection Commission", "fine", "Meta")}, True),
    ("The CNIL has served formal notice on the Ministry of the Interior to stop using BriefCam's software.",
     {("CNIL", "order", "Ministry of the Interior"), ("Ministry of the Interior", "contract", "BriefCam")}, True),
    ("Kent Police signed up for PredPol's software in 2013.", {("Kent Police", "contract", "Geolitica")}, True),
    ("Bunnings applied to the Administrative Review Tribunal for review of the Privacy Commissioner's determination.",
     {("Bunnings", "appeal", "Privacy Commissioner")}, False),
    ("Tory MP David Davis savaged Essex Police's live facial recognition vans.", {("David Davis", "criticism", "Essex Police")},
     True),
    ("The EFF filed an amicus brief opposing Clearview AI's claim.",
     {("Electronic Frontier Foundation", "criticism", "Clearview AI")}, True),
    ("ShadowDragon's tool tapped into more than 200 sites, including Reddit and Telegram.",
     {("ShadowDragon", "data_collection", "Reddit"), ("ShadowDragon", "data_collection", "Telegram")}, True),
    ("The Mozilla Foundation accused Meta of writing a misleading privacy policy. The FTC accused Kochava of selling "
     "location data.", {("Mozilla Foundation", "criticism", "Meta")}, True),
    # "fined £7.5m, in a penalty notice that ..., by the ICO": the same fine told again, the agent still the verb's
    ("Clearview AI has been fined more than £7.5m, in a penalty notice that follows a joint investigation with the "
     "Australian regulator, by the UK's Information Commissioner's Office.",
     {("Information Commissioner's Office", "fine", "Clearview AI"),
      ("Information Commissioner's Office", "investigation", "Clearview AI")}, True),
    # a settlement named without its parties settles the suit the story told
    ("Sued by the ACLU in Illinois in 2020, Clearview AI has agreed to stop selling its database. The settlement, "
     "filed in court on Monday, also bars the company from selling to police.",
     {("American Civil Liberties Union", "lawsuit", "Clearview AI"),
      ("Clearview AI", "settlement", "American Civil Liberties Union")}, False),
    ("A suit by the ACLU against Clearview AI ended in a 2022 settlement.",
     {("American Civil Liberties Union", "lawsuit", "Clearview AI"),
      ("Clearview AI", "settlement", "American Civil Liberties Union")}, True),
    # "X was found on Wednesday to have broken the law": a ruling whose maker the story names
    ("The OPC investigated. Clearview AI was found on Wednesday to have broken federal privacy law.",
     {("Office of the Privacy Commissioner of Canada", "ruling", "Clearview AI")}, False),
    # "all three forces": the three forces just named
    ("The Met, South Wales Police and Essex Police have deployed live facial recognition. Big Brother Watch "
     "condemned all three forces on Monday.", {("Big Brother Watch", "criticism", "Metropolitan Police Service"),
                                              ("Big Brother Watch", "criticism", "South Wales Police"),
                                              ("Big Brother Watch", "criticism", "Essex Police")}, True),
    # "a state law that bars ...": the law acts, no party of the sentence; "voted for an ordinance that bars": the voter
    ("Flock Safety let Customs and Border Protection search license plate data from cameras in Illinois as part of a "
     "pilot, in violation of a state law that bars sharing such data for immigration enforcement.", set(), True),
    ("Santa Cruz's City Council voted 7-0 for an ordinance that bars city departments from using predictive policing.",
     {("Santa Cruz City Council", "ban", None)}, False),
    # "The 2021 law it replaces, sponsored by X, barred ...": "it" is the subject of its own verb
    ("The National Institute of Standards and Technology found bias in 2019. The 2021 law it replaces, sponsored by "
     "then-Delegate Lashrecse Aird, barred local agencies from using facial recognition without approval from the "
     "General Assembly.", set(), True),
    # a government that tells the bodies under it to stop using a product bans it; "the state's prosecutors" are no state
    ("The New Jersey Attorney General ordered the state's prosecutors to stop using Clearview AI.",
     {("New Jersey Attorney General", "ban", "Clearview AI")}, True),
    # "disabled the accounts linked to X, banned it": "it" is X; the object of an unknown verb is no subject
    ("Meta said it had disabled the accounts linked to Voyager Labs, banned it from its platforms and sent it a "
     "cease-and-desist letter.", {("Meta", "ban", "Voyager Labs"), ("Meta", "cease_and_desist", "Voyager Labs")}, True),
    ("Amnesty International named Hikvision and TKH Security and urged both firms to stop supplying the technology.",
     {("Amnesty International", "criticism", "Hikvision"), ("Amnesty International", "criticism", "TKH Security")}, True),
    # "settled its lawsuit against X": with the one it sued
    ("Universal Music Group has settled its copyright lawsuit against the AI song generator Udio.",
     {("Universal Music Group", "settlement", "Udio"), ("Universal Music Group", "lawsuit", "Udio")}, True),
    ("7-Eleven had already switched the feature off.", {("7-Eleven", "withdrawal", None)}, True),
    # money a court "ordered X, the maker of Y, to pay" Meta is no settlement
    ("A jury in Oakland ordered NSO Group, the Israeli maker of the Pegasus spyware, to pay about $167 million in "
     "damages to Meta.", {("jury in Oakland", "order", "NSO Group")}, True),
    # "The case was brought by noyb" after a regulator's decision, with no court named: a complaint
    ("Austria's data protection authority found that Clearview AI had processed a complainant's data unlawfully. "
     "The case was brought by noyb in 2021.", {("Austrian Data Protection Authority", "ruling", "Clearview AI"),
                                               ("noyb", "complaint", "Clearview AI")}, True),
    # "as part of a settlement" after an authority's act in the sentence: the settlement of that case
    ("The Federal Trade Commission required Everalbum to delete its face models, as part of a settlement announced "
     "in January 2021.", {("Federal Trade Commission", "order", "Everalbum"),
                          ("Everalbum", "settlement", "Federal Trade Commission")}, True),
    # "or face a lawsuit": the alternative is threatened; "forcing users to pay" is no settlement
    ("OpenAI has given the developer of GPT4free five days to take the repository down or face a lawsuit.", set(), True),
    ("BEUC said forcing Facebook and Instagram users to pay to avoid being tracked breaches EU law.", set(), True),
    # "a request by X in its lawsuit": the agent's lawsuit
    ("Magistrate Judge Ona Wang granted a request by The New York Times in its copyright lawsuit against OpenAI.",
     {("New York Times", "lawsuit", "OpenAI")}, False),
    # "a settlement with the FTC, under which the company was banned": the settlement's authority bans
    ("The Czech data protection office fined Avast in April. Avast reached a settlement with the Federal Trade "
     "Commission in February, under which the Prague-based company was banned from selling browsing data.",
     {("Federal Trade Commission", "ban", "Avast")}, False),
    # an agent far after its passive noun ("Complaints against X were filed with regulators in five countries ...
    # by a coalition of groups including A and B")
    ("Complaints against Clearview AI were filed with data protection regulators in France, Austria, Italy, Greece "
     "and the United Kingdom on Thursday by a coalition of groups including Privacy International and noyb.",
     {("Privacy International", "complaint", "Clearview AI"), ("noyb", "complaint", "Clearview AI")}, True),
    # "wrote to X asking it to explain": a request for information, no demand to stop
    ("Senators Amy Klobuchar and Mark Warner also wrote to Facebook asking it to explain the decision. Twitter wrote "
     "to Clearview AI asking it to stop collecting photos.",
     {("Twitter", "cease_and_desist", "Clearview AI"), ("Amy Klobuchar", "investigation", "Facebook"),
      ("Mark Warner", "investigation", "Facebook")}, True),
    # "The suit was filed on behalf of X ... by the ACLU and Y": the client sues; the lawyers file
    ("Porcha Woodruff was arrested in 2023. The suit against Detroit was filed on behalf of Porcha Woodruff in "
     "federal court by the American Civil Liberties Union and the ACLU of Michigan.",
     {("Porcha Woodruff", "lawsuit", "Detroit")}, True),
    # an event noun whose sentence subject is also its target: the subject is no actor ("TikTok was, at the end of an
    # inquiry into the video app's handling, fined")
    ("TikTok was on Friday, at the end of an inquiry into the video app's handling of children's accounts, fined "
     "€345 million by Ireland's Data Protection Commission.",
     {("Data Protection Commission", "investigation", "TikTok"), ("Data Protection Commission", "fine", "TikTok")}, True),
    # "an audit it had commissioned": the pronoun opens a relative clause, it is no object of the noun
    ("The FTC fined HireVue. HireVue released the results of an audit it had commissioned from a consultancy.",
     {("Federal Trade Commission", "fine", "HireVue")}, True),
    # "we" in a quotation in single quotes is its speaker ("'We have filed a complaint against X,' a noyb lawyer said")
    ("'We have filed a complaint against Ryanair because customers are pushed into a biometric check,' a noyb "
     "data protection lawyer said.", {("noyb", "complaint", "Ryanair")}, True),
    ("'We are retiring capabilities that infer emotional states,' Microsoft's chief responsible AI officer Natasha "
     "Crampton wrote in a blog post.", {("Microsoft", "withdrawal", None)}, True),
    # "examining whether X's app ...": X is examined
    ("'We are examining whether DeepSeek's app sent users' data to China,' the Personal Information Protection "
     "Commission said.", {("Personal Information Protection Commission", "investigation", "DeepSeek")}, True),
    # "X is under investigation": X undergoes it
    ("Meta remains under investigation by the DPC.", {("Data Protection Commission", "investigation", "Meta")}, True),
    ("The Garante said Replika was under investigation.",
     {("Italian Data Protection Authority", "investigation", "Replika")}, True),
    # "reporting by BuzzFeed News that Minneapolis police employees had run searches with X": the force's staff
    ("The vote followed reporting by BuzzFeed News that Minneapolis police employees had run searches with "
     "Clearview AI.", {("Minneapolis Police Department", "contract", "Clearview AI")}, True),
    # "Buenos Aires" is the city's government where it acts or is acted on
    ("Judge Roberto Gallardo ordered Buenos Aires to suspend its facial recognition system.",
     {("Roberto Gallardo", "order", "Buenos Aires City Government")}, True),
    # a regulator that adopts a decision buys nothing: the decision is a ruling
    ("The European Data Protection Board adopted a binding decision on TikTok's processing.",
     {("European Data Protection Board", "ruling", "TikTok")}, True),
    # a name after a description may hold "for" and a cause joined by "and"
    ("The think tank Institute for Ethics and Emerging Technology filed a complaint against Replika with the FTC.",
     {("Institute for Ethics and Emerging Technology", "complaint", "Replika")}, True),
    # but "and" before another name (a country) is a list, and "of" after a description ends the name
    ("The rights group Alliance for Digital Rights and HIAS Greece filed a complaint against Athens police.",
     {("Alliance for Digital Rights", "complaint", "Athens police"), ("HIAS Greece", "complaint", "Athens police")},
     True),
    # "to demand that X stop"; a participle after a comma shares the sentence's subject; an owner's possessive
    # ("Meta's Instagram") names no party a later description means
    ("Reddit and Meta's Instagram became the latest platforms to demand that PimEyes stop crawling their pages, "
     "sending the search engine cease-and-desist letters on Monday.",
     {("Reddit", "cease_and_desist", "PimEyes"), ("Instagram", "cease_and_desist", "PimEyes")}, False),
    ("PimEyes has crawled millions of pages. Microsoft wants it to stop, sending the firm a cease-and-desist letter.",
     {("Microsoft", "cease_and_desist", "PimEyes")}, True),
    # a description after a relative clause closed by a comma is not the sentence's subject
    ("Microsoft, which says PimEyes crawls its sites, sent the company a cease-and-desist letter.",
     {("Microsoft", "cease_and_desist", "PimEyes")}, True),
    # ... but one inside "both of which" belongs to that clause
    ("PimEyes indexed images from sites such as Reddit and Flickr, both of which have sent the company "
     "cease-and-desist letters.",
     {("Reddit", "cease_and_desist", "PimEyes"), ("Flickr", "cease_and_desist", "PimEyes")}, False),
    # what an employer requires of its staff is no demand to stop
    ("Maria Lopez, a warehouse worker who says Northwind Corp required her to scan her palm each shift, "
     "sued the company in Cook County.", {("Maria Lopez", "lawsuit", "Northwind Corp")}, True),
    # an apposition, then a relative clause closed by a comma, between the subject and its verb
    ("Dana Okafor, a youth worker who was wrongly flagged by a camera van in Croydon, sued the Metropolitan "
     "Police on Monday.", {("Dana Okafor", "lawsuit", "Metropolitan Police Service")}, True),
    # "his office" is the office its holder was named for
    ("Texas Attorney General Ken Paxton opened an inquiry into PimEyes. His office also sent the company a "
     "cease-and-desist letter.", {("Texas Attorney General", "cease_and_desist", "PimEyes")}, False),
    # "penalising a school board in the municipality of X": the place's own body is fined
    ("Norway's data protection authority issued a fine on Tuesday, penalising a school board in the coastal "
     "municipality of Bergen 400,000 crowns.", {("Norwegian Data Protection Authority", "fine", "Bergen")}, True),
    # a court that upholds a measure rules against the party it binds; the challenge it rejects is against the
    # measure's maker ...
    ("The Court of Appeal upheld the Garante's ban on Luka Inc on Monday, rejecting the company's legal challenge.",
     {("Court of Appeal", "ruling", "Luka Inc"), ("Italian Data Protection Authority", "ban", "Luka Inc"),
      ("Luka Inc", "lawsuit", "Italian Data Protection Authority")}, True),
    # ... while one that overturns it rules against the maker
    ("The Court of Appeal overturned the Garante's fine against Luka Inc on Monday.",
     {("Court of Appeal", "ruling", "Italian Data Protection Authority")}, False),
    # "an investigation the regulator opened": the noun's relative clause without a pronoun names who acts
    ("The CNIL ordered PimEyes to delete its index. The decision follows an investigation the CNIL opened in "
     "2022.", {("CNIL", "order", "PimEyes"), ("CNIL", "investigation", "PimEyes")}, True),
    # a role noun (with a capitalised adjective) introduces a person who is the next item of a list
    ("Liberty and the Labour peer Shami Kent have launched a legal challenge against South Wales Police.",
     {("Liberty", "lawsuit", "South Wales Police"), ("Shami Kent", "lawsuit", "South Wales Police")}, True),
    # a ruling on a measure the story told already: against its maker when undone, against its target when upheld
    ("The Garante fined Luka Inc €5 million in April. In October the Court of Rome annulled the penalty.",
     {("Italian Data Protection Authority", "fine", "Luka Inc"), ("Court of Rome", "ruling", "Italian Data Protection Authority")},
     True),
    ("The Garante fined Luka Inc €5 million in April. In October the Court of Rome upheld the €5 million fine.",
     {("Italian Data Protection Authority", "fine", "Luka Inc"), ("Court of Rome", "ruling", "Luka Inc")}, True),
    # a buyer that picks a vendor to build or supply something, or awards it a contract
    ("The Dutch police have selected Cognitec and NEC to supply face matching software.",
     {("Dutch National Police", "contract", "Cognitec"), ("Dutch National Police", "contract", "NEC")}, True),
    ("The Home Office awarded Palantir a contract to run its new border platform.",
     {("Home Office", "contract", "Palantir")}, True),
    # a vote for a person is no contract
    ("Voters in Portland picked Ted Wheeler to run the city again.", set(), True),
    # a country after a dateline acts as its government; what it orders a described company to do is not done
    ("CANBERRA (AP) - Australia has ordered Chinese drone maker DJI to stop selling to its agencies and close "
     "its local office, the minister said.", {("Australian government", "order", "DJI")}, True),
    # a party that ignores or fails to comply with a measure was bound by it; the measure's maker comes from the story
    ("The Garante fined Luka Inc €5 million, after the company ignored an order issued last year that told it to "
     "stop processing Italian users' data.",
     {("Italian Data Protection Authority", "fine", "Luka Inc"), ("Italian Data Protection Authority", "order", "Luka Inc")},
     True),
    ("The Garante fined Luka Inc in 2023. When Luka Inc failed to comply with the deletion order, the regulator added "
     "a penalty.", {("Italian Data Protection Authority", "order", "Luka Inc")}, False),
    # ... but not when the verb belongs to a clause of its own
    ("The decision shows that regulators are pressing a company that, from its base in Texas, has ignored their "
     "orders.", set(), True),
    # with no regulator in the story, "the complaint by X" after a class action is the suit's filing, by X
    ("A Chicago woman has filed a class action in federal court against PimEyes over its face search. The complaint "
     "by Jane Rowe says the site never asked for consent.", {("Jane Rowe", "lawsuit", "PimEyes")}, True),
    # an authority citing complaints did not complain
    ("Worldcoin launched in France in May. The privacy agency CNIL had ordered the project last week to stop "
     "collecting iris scans, citing complaints that minors had been signed up.",
     {("CNIL", "order", "Worldcoin")}, True),
    # a breach told before "the commissioner said in a report" is the commissioner's finding ...
    ("The Toronto Police Service broke Ontario's privacy law when officers used PimEyes, Ontario's Information and "
     "Privacy Commissioner said in a report on Tuesday.",
     {("Information and Privacy Commissioner of Ontario", "ruling", "Toronto Police Service")}, False),
    # ... but a report that tells no breach finds nothing
    ("Police in Hebron scan the faces of Palestinians, Amnesty International said in a report on Tuesday.", set(), True),
    # "the national police", "the country's police force": the national force of the country named
    ("OSLO - Norway's data protection authority has fined the national police 1 million crowns over its use of a "
     "face search tool.", {("Norwegian Data Protection Authority", "fine", "Norwegian Police Service")}, True),
    ("Greece's data protection authority fined the country's police force on Monday.",
     {("Hellenic Data Protection Authority", "fine", "Hellenic Police")}, True),
    # "X, a <group> activist who complained": the person complained, not the group that names his role
    ("The CNIL ordered PimEyes to delete the photos of Anna Weber, a La Quadrature du Net activist who complained "
     "to the regulator in 2022.", {("CNIL", "order", "PimEyes"), ("Anna Weber", "complaint", "PimEyes")}, True),
    # a plural description between the preposition and the names ("from Chinese manufacturers X and Y")
    ("The Commerce Department banned imports of new drones from Chinese manufacturers DJI and Autel.",
     {("US Department of Commerce", "ban", "DJI"), ("US Department of Commerce", "ban", "Autel")}, False),
    # "A and its B" is a list; "joining X in demanding that the firm halt": X demanded too, of the firm addressed
    ("Microsoft and its LinkedIn unit have told PimEyes to stop crawling their sites, joining Reddit in demanding "
     "that the search engine halt the practice.",
     {("Microsoft", "cease_and_desist", "PimEyes"), ("LinkedIn", "cease_and_desist", "PimEyes"),
      ("Reddit", "cease_and_desist", "PimEyes")}, False),
    # a settlement as the purpose of a ban is real; what the ban forbids is not done
    ("Walgreens will be barred from using face scanning in its stores for five years to settle Federal Trade "
     "Commission charges.", {("Federal Trade Commission", "ban", "Walgreens"),
                             ("Walgreens", "settlement", "Federal Trade Commission")}, True),
    # a lower-case body inside a longer trigger ("employment tribunal claim"); a supporter does not bring the claim
    ("Deliveroo has paid a settlement to a rider, Yaseen Aslam. Aslam, who had worked for Deliveroo since 2018, "
     "brought a claim at an employment tribunal over the checks.",
     {("Deliveroo", "settlement", "Yaseen Aslam"), ("Yaseen Aslam", "lawsuit", "Deliveroo")}, True),
    # "the grocer" refers back to a retailer
    ("Liberty filed a complaint against Tesco, accusing the grocer of using face scanning cameras supplied by "
     "Facewatch in its stores.", {("Liberty", "complaint", "Tesco"), ("Tesco", "contract", "Facewatch")}, True),
    # an inspection the agency opened; police of no named force raid premises a party uses
    ("The ANPD ordered Worldcoin to stop paying for scans. The measure follows an inspection process the agency "
     "opened in November.", {("Brazilian Data Protection Authority", "order", "Worldcoin"),
                             ("Brazilian Data Protection Authority", "investigation", "Worldcoin")}, True),
    ("Uganda's data regulator said it was investigating whether Worldcoin had obtained consent. On Friday, police "
     "officers raided an office in Kampala used by the project.",
     {("Uganda Personal Data Protection Office", "investigation", "Worldcoin"), (None, "investigation", "Worldcoin")}, True),
    # "X suspends Y as police raid a warehouse": "as" opens a clause of its own
    ("Uganda suspends Worldcoin as police raid Kampala office.",
     {(None, "investigation", "Worldcoin")}, False),
    # a word that is a noun and a verb, after a name, is a headline verb; after a determiner, a noun
    ("TikTok appeals €345m Irish privacy fine", {("TikTok", "appeal", None)}, False),
    ("The ban imposed by the Dutch government on Hikvision cameras applies to ministries.",
     {("Dutch government", "ban", "Hikvision")}, True),
    # "stung with a fine by"; a regulator's "proceedings against" investigate
    ("Vinted was stung with a €2.4 million fine by Lithuania's data protection authority.",
     {("Lithuanian State Data Protection Inspectorate", "fine", "Vinted")}, True),
    ("The CNIL has opened proceedings against PimEyes over its face search engine.",
     {("CNIL", "investigation", "PimEyes")}, True),
    # going to a regulator over a party, or taking the party to it, is a complaint
    ("Privacy International went to the Information Commissioner over Experian's credit data.",
     {("Privacy International", "complaint", "Experian")}, True),
    ("noyb took LinkedIn to the Irish DPC over its AI training.", {("noyb", "complaint", "LinkedIn")}, True),
    # "India's Competition Commission": the body the gazetteer knows as the Competition Commission of India
    ("India's Competition Commission fined Google 13.4 billion rupees on Thursday.",
     {("Competition Commission of India", "fine", "Google")}, True),
    # a state that blocks access to a platform bans it; a company that blocks access to its own service retreats
    ("MOSCOW (Reuters) - Russia has blocked access to the video-sharing platform TikTok, the regulator said.",
     {("Russia", "ban", "TikTok")}, False),
    ("Meta blocked access to news in Canada.", {("Meta", "withdrawal", None)}, True),
    # the Commission's formal proceedings investigate, also "to assess whether X"; its warnings are no criticism
    ("The European Commission opened formal proceedings on Tuesday to assess whether Meta breached the Digital "
     "Services Act, and warned that the company could face fines.",
     {("European Commission", "investigation", "Meta")}, True),
    ("The European Commission opened formal proceedings against AliExpress on Monday.",
     {("European Commission", "investigation", "AliExpress")}, True),
    # "upheld a fine imposed on X by Y": Y fined X; the court only ruled
    ("Spain's Supreme Court upheld a 2.5 million euro fine imposed on LaLiga by the AEPD.",
     {("Spanish Supreme Court", "ruling", "LaLiga"), ("Spanish Data Protection Agency", "fine", "LaLiga")}, True),
    # a request for an injunction against a ban: a suit against the ban's maker; the ban is real, and "the ban
    # remains in place" tells no new one
    ("A Dublin court rejected TikTok's request for a temporary injunction against a ban imposed by the Data "
     "Protection Commission on TikTok, meaning the ban remains in place.",
     {("TikTok", "lawsuit", "Data Protection Commission"), ("Data Protection Commission", "ban", "TikTok")}, False),
    # "ordered an immediate block on X": one act, the ban; "the chatbot" refers back to a chatbot product
    ("South Korea's privacy regulator ordered a temporary block on DeepSeek's app on Monday.",
     {("Personal Information Protection Commission", "ban", "DeepSeek")}, True),
    ("OpenAI took ChatGPT offline in Italy after the Garante banned the chatbot.",
     {("OpenAI", "withdrawal", None), ("Italian Data Protection Authority", "ban", "ChatGPT")}, True),
    # ", the EU's top court ruled": a possessive description after a comma and before its verb is no list item
    # "X was fined A and Y B by Z": both are fined
    ("Google was fined €150 million and Facebook €60 million by the CNIL on Thursday.",
     {("CNIL", "fine", "Google"), ("CNIL", "fine", "Facebook")}, True),
    # "complained about its practices": the practices of the company the story is about, not the complainant's
    ("Quantcast was fined by the Irish DPC on Monday, four years after the Irish Council for Civil Liberties "
     "complained about its practices.", {("Data Protection Commission", "fine", "Quantcast"),
                                        ("Irish Council for Civil Liberties", "complaint", "Quantcast")}, True),
    # a formal objection to a fine is the first step of an appeal
    ("Uber was fined by the Dutch data protection authority in August. The company has lodged an objection, the "
     "regulator said.", {("Dutch Data Protection Authority", "fine", "Uber"),
                         ("Uber", "appeal", "Dutch Data Protection Authority")}, True),
    ("Uber has objected to the €290 million fine.", {("Uber", "appeal", None)}, True),
    # "New York" in a list of states is the state; "similar bans" repeat the bans told before, not another act
    # "X will pay $N to resolve allegations, the FTC said": the authority that reports them settles with X
    ("Snap will pay $15 million to resolve allegations that it ignored harassment, the California Civil Rights "
     "Department said.", {("Snap Inc.", "settlement", "California Civil Rights Department")}, True),
    # "launched Federal Court action against"; "the Home Affairs department"; "X and its subsidiary Y"
    ("Australia's privacy watchdog has launched Federal Court action against Optus.",
     {("Office of the Australian Information Commissioner", "lawsuit", "Optus")}, True),
    ("The FTC ordered Amazon and its subsidiary Ring to delete the recordings.",
     {("Federal Trade Commission", "order", "Amazon"), ("Federal Trade Commission", "order", "Ring")}, True),
    # "its challenge to a ruling by X" is an appeal against X; "found X had breached" is a finding
    ("Bunnings has dropped its challenge to a determination by Australia's privacy regulator, a month after the "
     "Administrative Review Tribunal found the retailer had breached the Privacy Act.",
     {("Bunnings", "appeal", "Office of the Australian Information Commissioner"),
      ("Administrative Review Tribunal", "ruling", "Bunnings")}, False),
    # what a party asks an authority to do, in a second verb too, is not done; a requested injunction is not granted
    ("A Munich court rejected a request by a consumer group for an injunction that would have stopped Meta from "
     "training its AI.", set(), True),
    # asking a court to annul parts of a board's decisions is an appeal against the board
    ("Ireland's Data Protection Commission has asked the EU General Court to annul parts of the European Data "
     "Protection Board's binding decisions on Meta.",
     {("Data Protection Commission", "appeal", "European Data Protection Board")}, False),
    # "sued by a Georgia radio host, Mark Walters": a role noun (with its modifiers) before the name, even
    # after a comma
    ("Last month, Character.AI was sued by a Texas radio host, Dale Rivers, over a defamatory answer.",
     {("Dale Rivers", "lawsuit", "Character.AI")}, True),
    ("Character.AI was sued by talk show host Dale Rivers.", {("Dale Rivers", "lawsuit", "Character.AI")}, True),
    # "the data protection authority of Hamburg"; "prompting the authority to investigate": the one prompted acts
    ("The data protection authority of Hamburg has fined Vattenfall €900,000. A leak in 2021 made the files "
     "public, prompting the authority to investigate.",
     {("Hamburg Commissioner for Data Protection and Freedom of Information", "fine", "Vattenfall"),
      ("Hamburg Commissioner for Data Protection and Freedom of Information", "investigation", "Vattenfall")}, True),
    # "The lawsuits, filed in each state's courts and led by X and Y": the leaders sue
    ("Fourteen states sued Snap on Tuesday. The lawsuits, filed separately and led by Texas Attorney General Ken "
     "Paxton and Utah Attorney General Derek Brown, allege that the app harms children.",
     {("Texas Attorney General", "lawsuit", "Snap Inc."), ("Utah Attorney General", "lawsuit", "Snap Inc.")}, False),
    # "the province's privacy commissioner": the regulator of the province named before; "an order by X requiring it
    # to stop" is one order
    ("Clearview AI has asked the Supreme Court of British Columbia to overturn an order by the province's privacy "
     "commissioner requiring it to stop collecting images.",
     {("Clearview AI", "appeal", "Office of the Information and Privacy Commissioner for British Columbia"),
      ("Office of the Information and Privacy Commissioner for British Columbia", "order", "Clearview AI")}, False),
    # "In a complaint submitted to X, Y accuses Z of ...": Y complains about Z (X, unlike Y, is no list item)
    ("In a complaint submitted to the CNIL, La Quadrature du Net accuses Amazon of tracking its warehouse staff.",
     {("La Quadrature du Net", "complaint", "Amazon")}, True),
    ("In a complaint submitted to the Irish Data Protection Commission, the Irish Council for Civil Liberties accuses "
     "Microsoft of sharing users' data.", {("Irish Council for Civil Liberties", "complaint", "Microsoft")}, True),
    # a buyer that will pay a vendor to build something contracts with it (no settlement)
    ("The Home Office will pay Palantir £30 million to build a new border data platform.",
     {("Home Office", "contract", "Palantir")}, True),
    # a university is named by its ending, and "the public university" refers back to it
    ("Ohio State University was accused of recording students during exams. Jordan Reyes, a nursing student, sued "
     "the public university on Monday.", {("Jordan Reyes", "lawsuit", "Ohio State University")}, True),
    # "X's lawsuit, filed in ..., also names Y": X sues Y too, and the suit told before is X's
    ("The father of a Texas teenager has sued Replika. Plaintiff Tom Avery's lawsuit, filed in federal court in "
     "Austin, also names Microsoft.", {("Tom Avery", "lawsuit", "Replika"), ("Tom Avery", "lawsuit", "Microsoft")}, True),
    # "struck a deal to license X's technology": the buyer licenses from X ("struck" is a verb, no compound)
    ("Microsoft, which in March struck a $650 million deal to license Inflection AI's models, was named too.",
     {("Microsoft", "contract", "Inflection AI")}, True),
    # "A and its <description> B" is a list, also for "the companies" after it; a plaintiff named after a passive
    # suit against both sues both
    ("Google and its artificial intelligence lab DeepMind are being sued in London. The lawsuit is being brought by "
     "campaigner Andrew Prismall for NHS patients.",
     {("Andrew Prismall", "lawsuit", "Google"), ("Andrew Prismall", "lawsuit", "Google DeepMind")}, False),
    ("The regulator fined Meta Platforms and its messaging service WhatsApp, and the tribunal rejected the "
     "companies' appeal.", {("Meta", "appeal", None), ("WhatsApp", "appeal", None)}, False),
    # "Unlike X, which pays for access to Y's data, Z ...": X acts in its own relative clause
    ("Unlike OpenAI, which pays for access to Stack Overflow's posts, the startup never asked, the suit says.",
     {("OpenAI", "contract", "Stack Overflow")}, True),
    # "Its X unit will separately pay ...": a related party settles with the authority its parent settled with
    ("Alphabet has agreed to pay $170 million to resolve Federal Trade Commission charges. Its YouTube unit will "
     "separately pay $10 million over claims about children's data.",
     {("Alphabet", "settlement", "Federal Trade Commission"), ("YouTube", "settlement", "Federal Trade Commission")}, True),
    # a legal challenge against a decision is a suit against its maker
    ("WhatsApp has lodged a legal challenge at the Investigatory Powers Tribunal against a secret Home Office order "
     "that would require it to scan messages.",
     {("WhatsApp", "lawsuit", "Home Office"), ("Home Office", "order", "WhatsApp")}, True),
    # "settling a High Court case in which X argued ...": the court names the case; X is the other side
    ("Meta has agreed to stop targeting her with adverts, settling a High Court case in which campaigner Jane Moss "
     "argued that the ads broke data protection law.", {("Meta", "settlement", "Jane Moss")}, True),
    # an adverb after a place is no noun the place describes ("pay Ohio almost $90 million")
    ("Uber has agreed to pay Ohio almost $90 million to resolve a suit over its drivers' data.",
     {("Uber", "settlement", "Ohio"), ("Ohio", "lawsuit", "Uber")}, True),
    # an app that opens the story is the first company named after it
    ("A Seattle dating app that sold its users' location data has settled with the Federal Trade Commission. "
     "Under the deal, Lovebird Inc must delete the data it collected.",
     {("Lovebird Inc", "settlement", "Federal Trade Commission"), ("Federal Trade Commission", "order", "Lovebird Inc")}, True),
    # ... but a definite "the delivery app" after a platform named before refers back to it, not ahead
    ("Uber Eats has settled with Ade Bello, a courier who said he was locked out of the delivery app after failing "
     "its face checks. Bello brought a tribunal claim in 2022. The checks use software from Microsoft.",
     {("Uber Eats", "settlement", "Ade Bello"), ("Ade Bello", "lawsuit", "Uber Eats")}, True),
    # a parent and its subsidiary that pay together are one side, not two parties settling with each other
    ("WellCo Inc and its KidFit LLC subsidiary agreed to pay $2 million to settle charges that the app collected "
     "children's data, the Federal Trade Commission said.",
     {("WellCo Inc", "settlement", "Federal Trade Commission"), ("KidFit LLC", "settlement", "Federal Trade Commission")},
     False),
    # "settle a lawsuit claiming that X ...": X is in the suit's claim, not the other side of the settlement
    ("Alphabet has agreed to pay $20 million to settle a class action claiming that YouTube collected children's "
     "data without consent.", {("Alphabet", "settlement", None), (None, "lawsuit", "Alphabet")}, True),
    # "agreed to the deal / payout to resolve the case": a settlement
    ("Amazon, which denied wrongdoing, agreed to the payout to resolve a class action over its voice recordings.",
     {("Amazon", "settlement", None), (None, "lawsuit", "Amazon")}, True),
    # "dismissed a lawsuit by X against Y": X, who brought it, loses; a hyphenated description before Y
    # ("data-scraping company") is the description's own, and no act of scraping
    ("Judge Lena Park has dismissed a lawsuit by Elon Musk's X Corp against Israeli data-scraping company "
     "Bright Data.", {("Lena Park", "ruling", "Twitter"), ("Twitter", "lawsuit", "Bright Data")}, True),
    # "sent a letter to Y, <description>, demanding that it stop": the sender demands of the addressee
    ("Pinterest has sent a letter to PimEyes, the face search engine that indexes billions of photos, demanding "
     "that it stop copying images from the site.", {("Pinterest", "cease_and_desist", "PimEyes")}, False),
    # "the first county to ban its agencies from ...": "to ban" is a verb whose subject became the first county
    ("Pierce County has become the first county in the state to ban its government agencies, including the "
     "sheriff's office, from using facial recognition.", {("Pierce County", "ban", None)}, True),
    # a comparison set off by commas ("after San Francisco") is no subject of the verb after it
    ("Somerville became the second city in the country, after San Francisco, to ban government use of facial "
     "recognition.", {("Somerville, Massachusetts", "ban", None)}, True),
    # "from its cameras" far after the noun: a possessive is no party that brings the suit
    ("Walgreens has been hit with a class action accusing the chain of taking face scans of shoppers from its "
     "in-store cameras.", {(None, "lawsuit", "Walgreens")}, False),
    # "a similar one X filed against Y": the earlier act of the same kind, told again
    ("Texas Attorney General Ken Paxton sued Snap on Monday. The suit follows a similar one Paxton filed against "
     "TikTok in 2023.", {("Texas Attorney General", "lawsuit", "Snap Inc."), ("Texas Attorney General", "lawsuit", "TikTok")},
     False),
    # a party related to the settler (TikTok, ByteDance's app) is no plaintiff it settles with
    ("The owner of TikTok has agreed to pay $92 million to settle class actions that accused the app of harvesting "
     "data through its filters. TikTok said it preferred to avoid lengthy litigation.",
     {("ByteDance", "settlement", None), (None, "lawsuit", "ByteDance")}, True),
    # "A Texas woman has sued X and Y. Nurse Maria Lopez says ...": the woman is the one named in a later sentence,
    # not a party her own sentence names
    ("A Texas woman has filed a lawsuit against Sheriff Ed Gonzalez and detective Mark Ruiz. Nurse Maria Lopez says "
     "she was arrested after a false match.",
     {("Maria Lopez", "lawsuit", "Ed Gonzalez"), ("Maria Lopez", "lawsuit", "Mark Ruiz")}, True),
    # "The case, brought by X in January, accuses ...": the case is a suit, its bringer the plaintiff
    ("The case, brought by the ACLU in 2020, accused Clearview AI of violating the law.",
     {("American Civil Liberties Union", "lawsuit", "Clearview AI")}, False),
    # "a settlement in which / under which X will ...": X settles
    ("A judge has given final approval to a settlement under which Rite Aid must stop using facial recognition "
     "for five years.", {("Rite Aid", "settlement", None)}, False),
    # "has reaffirmed that ..., dealing a blow to X": a ruling against X
    ("The Second Circuit has reaffirmed that recording public officials is protected speech, dealing a major blow "
     "to the New York Police Department.", {("US Court of Appeals for the Second Circuit", "ruling",
                                            "New York City Police Department")}, False),
    # "its" after "researchers at Stanford University's Internet Observatory": the subject's, not the
    # institution named inside a prepositional phrase with its owner
    ("Meta suspended the accounts of researchers at Stanford University's Internet Observatory, saying that its "
     "privacy settlement with the Federal Trade Commission required it to act.",
     {("Meta", "settlement", "Federal Trade Commission")}, False),
    # an amount and its conversion in parentheses between "hit with" and the noun
    ("Google has been hit with a record 150 million euro ($163 million) fine by France's data protection watchdog.",
     {("CNIL", "fine", "Google")}, True),
    # an indefinite object of the lede ("has fined a data broker €1 million") is the party of its kind the next
    # sentences name
    ("France's privacy regulator has fined a data broker €1 million for selling location data without consent. "
     "The CNIL also ordered Datastream Inc to delete the data it holds.",
     {("CNIL", "fine", "Datastream Inc"), ("CNIL", "order", "Datastream Inc")}, True),
    # "A Dutch tribunal" opening its sentence is the tribunal named later; an appeal against a fine is against
    # the fine's maker, told after it
    ("TikTok wins appeal against Dutch privacy fine. A Dutch tribunal has ruled that the Autoriteit "
     "Persoonsgegevens had no power to fine TikTok, overturning a €750,000 penalty imposed on the video app in 2021. "
     "The Trade and Industry Appeals Tribunal said the regulator had erred.",
     {("TikTok", "appeal", "Dutch Data Protection Authority"),
      ("Trade and Industry Appeals Tribunal", "ruling", "Dutch Data Protection Authority")}, False),
    # "upheld the fine that the country's data protection authority, the DPC, imposed on X": the authority fined X
    ("An Irish court has upheld the €225 million fine that the country's data protection authority, the DPC, "
     "imposed on WhatsApp in 2021. The court rejected WhatsApp's appeal against the decision.",
     {("Data Protection Commission", "fine", "WhatsApp"), ("WhatsApp", "appeal", "Data Protection Commission"),
      ("Irish court", "ruling", "WhatsApp")}, True),
    # ", ruling on a complaint that <description> X filed against ...": X complained; the participle is no ruling
    ("The CNIL fined Criteo €40 million, ruling on a complaint that Paris-based rights group La Quadrature du Net "
     "filed against the adtech company in 2018.",
     {("CNIL", "fine", "Criteo"), ("La Quadrature du Net", "complaint", "Criteo")}, True),
    # a comma inside a parenthesised amount does not close the object's clause: the fined party is the one using
    ("Finland's data protection ombudsman has fined the city of Helsinki 50,000 euros ($54,000) for using "
     "Clearview AI's app.", {("Finnish Data Protection Ombudsman", "fine", "Helsinki"),
                             ("Helsinki", "contract", "Clearview AI")}, True),
    ("Sweden's data watchdog has fined the Malmo municipality 50,000 crowns for using Clearview AI's app.",
     {("Swedish Authority for Privacy Protection", "fine", "Malmo"), ("Malmo", "contract", "Clearview AI")}, True),
    # ", effectively banning X": the sentence's subject bans, not the object of its verb
    ("France's data protection regulator has ordered Luka Inc to stop processing French users' data, effectively "
     "banning Replika in the country.", {("CNIL", "order", "Luka Inc"), ("CNIL", "ban", "Replika")}, True),
    # a chatbot's description may run five words before its name
    ("Spain's data protection agency has barred the U.S. artificial intelligence chatbot Replika from using the data "
     "of Spanish users.", {("Spanish Data Protection Agency", "ban", "Replika")}, True),
    # "a ban on X that was imposed by Y": Y bans, after what the ban covers
    ("A Dutch court rejected Meta's request for an injunction against a ban on targeted advertising on Instagram that "
     "was imposed by the Dutch data protection authority.",
     {("Meta", "lawsuit", "Dutch Data Protection Authority"), ("Dutch Data Protection Authority", "ban", "Meta")},
     False),
    # a regulator's "legal proceedings" in the High Court are a suit, not its own inquiry
    ("Ireland's Data Protection Commission launched legal proceedings against Twitter in the High Court last week.",
     {("Data Protection Commission", "lawsuit", "Twitter")}, True),
    # "a request by a privacy group for an injunction to stop X": the group, named in the next sentence, sues X
    ("A Dutch court rejected a request by a privacy group for an injunction to stop TikTok from sharing users' data. "
     "The Amsterdam District Court ruled against Bits of Freedom.",
     {("District Court of Amsterdam", "ruling", "Bits of Freedom"), ("Bits of Freedom", "lawsuit", "TikTok")}, False),
    # a pronoun object of a suit that resolves to the suer itself leaves the target to the story
    ("Twitter has agreed to suspend the use of European users' posts for its chatbot, days after Ireland's Data "
     "Protection Commission took the step of going to the High Court to stop it.",
     {("Data Protection Commission", "lawsuit", "Twitter")}, False),
    # a court in lower case ("the court of appeal", house style) is found; a reporting inversion may run on
    # (", in a case brought by X")
    ("The use of live facial recognition by West Yorkshire Police was unlawful, the court of appeal has ruled, in a "
     "case brought by Jane Hill, a campaigner from Leeds.",
     {("Court of Appeal", "ruling", "West Yorkshire Police"), ("Jane Hill", "lawsuit", "West Yorkshire Police")}, True),
    # "a request by X, <apposition>, to overturn a fine imposed by Y": X's suit against Y (the apposition is X)
    ("A Dutch court on Tuesday rejected a request by Clearview AI, the facial recognition firm founded by Hoan "
     "Ton-That, to overturn a fine imposed by the Dutch data protection authority.",
     {("Clearview AI", "lawsuit", "Dutch Data Protection Authority"), ("Dutch Data Protection Authority", "fine", "Clearview AI"),
      ("Dutch court", "ruling", "Clearview AI")}, True),
    # Reuters' "Spain's High Court" is the Audiencia Nacional
    ("Spain's High Court on Monday upheld the AEPD's temporary ban on Worldcoin.",
     {("Audiencia Nacional", "ruling", "Worldcoin")}, False),
    # "an inquiry the DPC opened in April 2021 into whether X ...": what it looks into
    ("The penalty concludes an inquiry the CNIL opened in 2022 into whether Criteo had obtained consent.",
     {("CNIL", "investigation", "Criteo")}, False),
    # "The complaints, lodged together with X and Y, ...": the partners complain against the same party
    ("Privacy International has filed complaints against Clearview AI with regulators in five countries. The "
     "complaints, lodged on Thursday together with noyb and Homo Digitalis, target regulators in France and Greece.",
     {("Privacy International", "complaint", "Clearview AI"), ("noyb", "complaint", "Clearview AI"),
      ("Homo Digitalis", "complaint", "Clearview AI")}, True),
    # "the pharmacy chain said it had turned the software off": "it" is the one who says it
    ("Walgreens deployed facial recognition systems in hundreds of stores over eight years, including technology from "
     "FaceTech, a firm with links to Russia, the Tribune reported, with cameras placed disproportionately in "
     "non-white neighborhoods of Chicago and Los Angeles. After the Tribune sent its findings, the pharmacy chain said "
     "it had turned the software off.",
     {("Walgreens", "contract", "FaceTech"), ("Walgreens", "withdrawal", None)}, True),
    # "sued the city and a police detective, DeShawn McCall,": the person an apposition names is sued too (a capital
    # inside a name); "shut the service down": a withdrawal
    ("Nijeer Parks, 33, has sued the city of Woodbridge and a police detective, DeShawn McCall, alleging false arrest.",
     {("Nijeer Parks", "lawsuit", "Woodbridge"), ("Nijeer Parks", "lawsuit", "DeShawn McCall")}, True),
    ("Microsoft shut the service down in 2020.", {("Microsoft", "withdrawal", None)}, True),
    # "X banned government use of Y, and Z followed": Z repeats the ban, not the use the ban names
    ("Portland banned government use of facial recognition in 2020, and Minneapolis followed in February 2021.",
     {("Portland", "ban", None), ("Minneapolis", "ban", None)}, False),
    # "The regulator said the company had ..., and that it had opened an inquiry": "it" is the speaker again
    ("The CNIL fined Criteo €40 million on Thursday. The regulator said the company had failed to check consent, "
     "and that it had opened a separate investigation into how the data was shared.",
     {("CNIL", "fine", "Criteo"), ("CNIL", "investigation", "Criteo")}, True),
    # "Following a two-year investigation, X fined Y": X investigated Y
    ("Following a two-year investigation, the Garante fined Deliveroo €2.5 million.",
     {("Italian Data Protection Authority", "investigation", "Deliveroo"),
      ("Italian Data Protection Authority", "fine", "Deliveroo")}, True),
    # a name opening a sentence with its backers ("X Y Z, backed by ...") is a person: the man the lede described
    ("A Danish woman has filed a complaint against OpenAI after ChatGPT falsely said she had been convicted of fraud. "
     "Karen Lise Madsen, backed by privacy group noyb, has asked the regulator to fine the company.",
     {("Karen Lise Madsen", "complaint", "OpenAI")}, False),
    # "Elon Musk's X" (an owner's possessive before a short name); "asked the High Court for an order to stop it":
    # a suit against the party the order would stop, not the court
    ("Elon Musk's X has agreed to pause its use of European users' posts to train its Grok chatbot, two days after "
     "Ireland's Data Protection Commission asked the High Court in Dublin for an order to stop it.",
     {("Twitter", "withdrawal", None), ("Data Protection Commission", "lawsuit", "Twitter")}, True),
    # an apostrophe and a capital inside a surname ("O'Carroll")
    ("Meta has agreed to stop targeting her with adverts, settling a High Court case in which campaigner Tanya "
     "O'Carroll argued that the ads broke data protection law.", {("Meta", "settlement", "Tanya O'Carroll")}, True),
    # "The parents of X, ..., sued A and its chief executive B": relatives the story does not name sue both
    ("The family of Juliana Peralta, a 13-year-old from Colorado, sued Character.AI and its founder Noam Shazeer on "
     "Tuesday.", {(None, "lawsuit", "Character.AI"), (None, "lawsuit", "Noam Shazeer")}, True),
    # "upheld X's appeal in its dispute with Y": X appealed against Y; the court ruled against Y
    ("The Court of Appeal upheld the CNIL's appeal in its long-running dispute with Criteo.",
     {("Court of Appeal", "ruling", "Criteo"), ("CNIL", "appeal", "Criteo")}, True),
    # "X appealed the court's ruling that Y's use was lawful": against Y
    ("Jane Hill appealed the High Court's 2023 ruling that West Yorkshire Police's use of facial recognition was "
     "lawful.", {("Jane Hill", "appeal", "West Yorkshire Police")}, False),
    # "The Garante's fine was appealed by X": the fine bound X
    ("The CNIL's €20 million fine was appealed by Criteo before the Conseil d'Etat.",
     {("CNIL", "fine", "Criteo"), ("Criteo", "appeal", "CNIL")}, False),
    # "The fine, imposed by X on Y in 2024 and since appealed by the company, ...": a reduced passive after "and"
    ("The €32 million fine, imposed by the CNIL on Amazon France Logistique in 2024 and since appealed by the "
     "company, concerned the tracking of warehouse staff.",
     {("CNIL", "fine", "Amazon France Logistique"), ("Amazon France Logistique", "appeal", "CNIL")}, True),
    # "A Texas man who says he was wrongly charged after a false match is suing X": past its relative clause
    ("A Houston woman who says she was jailed for a week after a false face match is suing Walgreens. Nurse Maria "
     "Lopez, 41, was arrested in May.", {("Maria Lopez", "lawsuit", "Walgreens")}, True),
    # "The plaintiffs, who include the organizations X and Y, ...": the groups named later are the unnamed suers
    ("Three rights groups and two activists sued PimEyes in a Berlin court on Monday. The plaintiffs, who include the "
     "organizations Bits of Freedom and noyb, argue that the search engine exposes anyone photographed.",
     {("Bits of Freedom", "lawsuit", "PimEyes"), ("noyb", "lawsuit", "PimEyes")}, True),
    # "a temporary ban that Norway's Datatilsynet imposed on the company": the relative clause names the maker
    ("Meta must stop the ads, extending a temporary ban that Norway's Datatilsynet imposed on the company in July.",
     {("Norwegian Data Protection Authority", "ban", "Meta")}, False),
    # "ordered the DPC to impose a ban on X": the order is done, the ban is still to come
    ("The European Data Protection Board has ordered Ireland's Data Protection Commission to impose a ban on TikTok.",
     {("European Data Protection Board", "order", "Data Protection Commission")}, True),
    # "The order applies only to X": the order told before, described, not a new one against X
    ("The CNIL has ordered Clearview AI to delete the photos of Julie Martin, a Paris teacher who complained. "
     "The order applies only to Martin, not to other French users.",
     {("CNIL", "order", "Clearview AI"), ("Julie Martin", "complaint", "Clearview AI")}, True),
    # a complaint against a product is against its maker, when the story names the maker
    ("Privacy group noyb has filed a complaint against OpenAI with the Dutch regulator. It follows a similar complaint "
     "noyb filed against ChatGPT in Austria last year.", {("noyb", "complaint", "OpenAI")}, True),
    # "the Garante's decision" after the Garante's fine told before is that fine, no ruling of its own
    ("The Garante fined Replika's maker Luka Inc €5 million in May. The company has challenged the Garante's decision "
     "in a Rome court.", {("Italian Data Protection Authority", "fine", "Luka Inc"),
                          ("Luka Inc", "appeal", "Italian Data Protection Authority")}, True),
    # "The FTC's order against X, the agency's first settlement of its kind, ...": the regulator settled with X
    ("The Federal Trade Commission's order against InMarket Media, the agency's second settlement with a location "
     "data broker, bars the company from selling precise location data.",
     {("Federal Trade Commission", "order", "InMarket Media"), ("Federal Trade Commission", "settlement", "InMarket Media")},
     False),
    # a negation in the subject's relative clause ("who says she did not steal anything") is that verb's, not the suit's
    ("A Houston woman who says she did not steal anything has sued Walgreens. Nurse Maria Lopez, 41, was arrested "
     "in May.", {("Maria Lopez", "lawsuit", "Walgreens")}, True),
    # "rejected a lawsuit brought by civic activist A and lawyer B": both lose, and neither sued the other
    ("A Kazan court has rejected a lawsuit brought by civic activist Dina Orlova and lawyer Pavel Sokolov, who said "
     "the city's cameras filmed them at a rally.",
     {("Kazan court", "ruling", "Dina Orlova"), ("Kazan court", "ruling", "Pavel Sokolov")}, True),
    # "the Meta-owned messaging service": the party the owner owns that the story named, not the owner
    ("Signal says it blocked a spyware campaign by Paragon Solutions. Later, WhatsApp said the same. The Meta-owned "
     "messaging service said it had sent Paragon a cease-and-desist letter.",
     {("WhatsApp", "cease_and_desist", "Paragon Solutions")}, True),
    # "The Google-owned company has appealed": with no party the owner owns, the latest company before
    ("The CNIL fined Medvisor SAS €2 million in May. The Google-owned company has appealed against the fine.",
     {("Medvisor SAS", "appeal", "CNIL")}, False),
    # "added X and Y, two firms behind ..., to its trade blacklist": a long apposition before the list, one act
    ("The U.S. Commerce Department added Candiru and Positive Technologies, two companies that sold hacking tools "
     "to governments, to its trade blacklist on Wednesday.",
     {("US Department of Commerce", "ban", "Candiru"), ("US Department of Commerce", "ban", "Positive Technologies")},
     True),
    # a jury or court that orders a party to pay damages gives a verdict (a ruling), not a regulator's fine or order
    ("A federal jury in Seattle has ordered Candiru to pay Microsoft $12 million in damages.",
     {("federal jury in Seattle", "ruling", "Candiru")}, True),
    # (an order to pay and to delete is an order too)
    ("The Fuyang District People's Court ordered Hangzhou Safari Park to pay Guo Bing 1,038 yuan in compensation and "
     "to delete his facial data.", {("Hangzhou Fuyang District People's Court", "order", "Hangzhou Safari Park")}, False),
    # house styles that write European courts in lower case ("the European court of human rights has ruled")
    ("Russia breached the privacy of a journalist whose phone was searched, the European court of human rights has "
     "ruled.", {("European Court of Human Rights", "ruling", "Russia")}, False),
    # "X, whose ... while he ..., sued Y": a "whose" clause closed by commas is no break between subject and verb
    ("Campaigner Shauna Kelly, whose face was scanned while she was shopping, sued Southern Co-op in the High Court.",
     {("Shauna Kelly", "lawsuit", "Southern Co-op")}, True),
    # a role noun before a name: "Slovak businessman X"
    ("The EU's top court ordered Europol to pay damages to Slovak businessman Pavol Rusko, who had sued the agency "
     "over a leak.", {("Pavol Rusko", "lawsuit", "Europol")}, False),
    # "awarded a contract to a consortium led by X": the consortium's leader is the supplier
    ("The Home Office has awarded a £20m contract to a consortium led by the French company Idemia to run the "
     "biometrics programme.", {("Home Office", "contract", "Idemia")}, True),
    # "X is switching off its Flock Safety cameras and ending its contract": the name inside the first object is
    # not the second verb's subject
    ("Denver is switching off its Flock Safety cameras and ending its contract with the company.",
     {("Denver", "withdrawal", None), ("Denver", "contract", "Flock Safety")}, False),
    # "a settlement with X ... The agreement resolves a lawsuit that X filed": X sued the other side of the deal
    ("The Detroit Police Department reached a settlement on Friday with Melissa Carter, a Detroit resident who was "
     "wrongly arrested. The agreement resolves a lawsuit that Carter filed in 2022.",
     {("Detroit Police Department", "settlement", "Melissa Carter"),
      ("Melissa Carter", "lawsuit", "Detroit Police Department")}, False),
    # a group named by a head noun and "for" ("Platform for Civil Rights Protection")
    ("The Platform for Digital Freedom has filed a complaint against Clearview AI with the Dutch regulator.",
     {("Platform for Digital Freedom", "complaint", "Clearview AI")}, False),
    # "raided six premises used by X as part of an investigation into the crypto venture": X is investigated
    ("Kenya's data protection commissioner has raided three premises used by Worldcoin as part of an investigation "
     "into the crypto venture.", {("Office of the Data Protection Commissioner", "investigation", "Worldcoin")}, False),
    # "has frozen the registration of X": a suspension (a ban), said by the speaker
    ("Thailand has temporarily frozen the operating licence of Worldcoin, the Digital Economy Ministry said on "
     "Friday.", {("Digital Economy Ministry", "ban", "Worldcoin")}, False),
    # a government body's complaint to the police stays a complaint (not a suit)
    ("The Unique Identification Authority of India has lodged a complaint with the Delhi police against Clearview AI.",
     {("Unique Identification Authority of India", "complaint", "Clearview AI")}, True),
    # guilds are groups ("The Editors Guild of India")
    ("The Editors Guild of India on Monday criticised the Unique Identification Authority of India.",
     {("Editors Guild of India", "criticism", "Unique Identification Authority of India")}, True),
    # (the denial ends at a semicolon or "but": what follows is told as done)
    ("Avast denied that it had sold browsing data to Jumpshot clients; the Czech regulator fined Avast 351 million "
     "koruna.", {("Czech Office for Personal Data Protection", "fine", "Avast")}, False),
    # "rejected a request by X to lift the data protection agency's ban": X asked, against the country's DPA,
    # whose ban it is
    ("Portugal's top administrative court on Monday rejected a request by Worldcoin to lift the data protection "
     "agency's ban on its iris scans.",
     {("Worldcoin", "appeal", "Portuguese Data Protection Authority"),
      ("Portuguese Data Protection Authority", "ban", "Worldcoin")}, False),
    # "is killing a privacy option", "will end its program": a retreat
    ("Google is killing a location history feature that let users see where they had been.",
     {("Google", "withdrawal", None)}, True),
    ("Denver will end its licence plate reader program in June.", {("Denver", "withdrawal", None)}, True),
    # "More than two dozen states sued X": states the story does not name sue (the actor is null, rule 7)
    ("More than three dozen states sued Meta on Tuesday, accusing it of harming children.",
     {(None, "lawsuit", "Meta")}, True),
    # government bodies named "... Bureau" ("Central Anticorruption Bureau")
    ("The spyware, made by Israel's NSO Group, was bought in 2018 by the National Security Bureau.",
     {("National Security Bureau", "contract", "NSO Group")}, False),
    # "relying on a network of cameras ... The cameras were operated by X": X supplied what the force used
    ("Houston police spent two years quietly relying on a private network of face-scanning cameras that watched the "
     "streets. The cameras were operated by Flock Safety, a start-up based in Atlanta.", {("Houston Police Department", "contract", "Flock Safety")}, False),
    # "its lead EU privacy regulator": the company's lead authority under the one-stop shop, not an EU body
    ("LinkedIn was fined 310 million euros on Thursday by its lead European Union privacy regulator.",
     {("Data Protection Commission", "fine", "LinkedIn")}, True),
    ("Amazon was fined 746 million euros by its lead EU privacy regulator.",
     {("Luxembourg National Commission for Data Protection", "fine", "Amazon")}, True),
    # "dismissed the judicial review / the appeal brought by X": the dismissal goes against X
    ("The High Court in Belfast dismissed the judicial review brought by campaigner Niamh Quinn against the Police "
     "Service of Northern Ireland.", {("High Court", "ruling", "Niamh Quinn")}, False),
    # "X, which scraped LinkedIn profiles, closed ... after LinkedIn sued it": "it" is not the suer, nor any mention of it
    ("Proxycurl, which copied the details of millions of LinkedIn members, closed in July, half a year after "
     "LinkedIn sued it.",
     {("LinkedIn", "lawsuit", "Proxycurl")}, False),
    # "has removed an attention-tracking feature": a retreat
    ("Microsoft has removed a feature that showed managers how often each employee used Teams.",
     {("Microsoft", "withdrawal", None)}, True),
    # "California's labor commissioner" is an office of its own, not the state's data protection authority
    ("California's labor commissioner has fined Walmart $2 million over warehouse quotas.",
     {("California labor commissioner", "fine", "Walmart")}, True),
    # "Lower Saxony's state data protection commissioner": the state's authority
    ("Volkswagen must pay a fine of 1.1 million euros, Lower Saxony's state data protection commissioner said.",
     {("Lower Saxony Data Protection Commissioner", "fine", "Volkswagen")}, False),
    # "fined by a German data protection watchdog ... the Hamburg commissioner said": the one named after it
    ("Volkswagen has been fined 900,000 euros by a German data protection watchdog. The Hamburg data protection "
     "commissioner said on Monday the company had screened customers.",
     {("Hamburg Commissioner for Data Protection and Freedom of Information", "fine", "Volkswagen")}, False),
    # "have asked three companies that sell proctoring software -- A, B and C -- to explain": an inquiry into each
    ("Senator Richard Blumenthal has asked three companies that sell exam-monitoring software -- ExamSoft, Proctorio "
     "and Honorlock -- to explain how their systems flag students.",
     {("Richard Blumenthal", "investigation", "ExamSoft"), ("Richard Blumenthal", "investigation", "Proctorio"),
      ("Richard Blumenthal", "investigation", "Honorlock")}, True),
    # "The University of X will stop using Y": a university named by "University of"
    ("The University of Wisconsin said it had signed a contract with Honorlock in 2021.",
     {("University of Wisconsin", "contract", "Honorlock")}, False),
    # "will stop using X": a retreat, and X was used until now
    ("Denver will stop using ShotSpotter when the contract runs out in June.",
     {("Denver", "withdrawal", None), ("Denver", "contract", "ShotSpotter")}, False),
    # "may continue to use X": the use goes on, allowed (no hedge)
    ("Utrecht University may continue to use Proctorio to watch students during exams, a Dutch court ruled.",
     {("Utrecht University", "contract", "Proctorio")}, False),
    # "X's complaint, filed with the attorney general, targets A, B and C": X complains about each
    ("The Electronic Privacy Information Center's complaint, filed on Tuesday with the Federal Trade Commission, "
     "targets Proctorio, Honorlock and Examity.",
     {("Electronic Privacy Information Center", "complaint", "Proctorio"),
      ("Electronic Privacy Information Center", "complaint", "Honorlock"),
      ("Electronic Privacy Information Center", "complaint", "Examity")}, True),
    # "refused on Wednesday to throw out a lawsuit against X": a ruling against X, and the suit stands (not negated)
    ("A federal judge in Seattle refused on Tuesday to throw out a lawsuit against Clearview AI.",
     {("Seattle federal judge", "ruling", "Clearview AI"), (None, "lawsuit", "Clearview AI")}, True),
    # "The court found the company failed to take reasonable steps to protect the data": a finding against it
    ("The Federal Court found the insurer Medibank failed to take reasonable steps to protect its customers' data.",
     {("Federal Court", "ruling", "Medibank")}, False),
    # "issued an emergency order banning X from ...": one act, the order
    ("Norway's data protection authority has issued an emergency order banning Meta from showing behavioural ads.",
     {("Norwegian Data Protection Authority", "order", "Meta")}, True),
    # "sued the Alphabet unit": the owner's unit the story named (not "its OnStar unit": there the name is the unit)
    ("YouTube agreed to pay $170 million. New York's attorney general had sued the Alphabet unit in 2019.",
     {("New York Attorney General", "lawsuit", "YouTube")}, False),
    # "sued A and three firms it calls scrapers - X, Y and Z": the listed firms are sued too
    ("Meta has sued Voyager Labs and two firms it describes as data scrapers - BrandTotal and Octopus Data - in "
     "California.", {("Meta", "lawsuit", "Voyager Labs"), ("Meta", "lawsuit", "BrandTotal"),
                     ("Meta", "lawsuit", "Octopus Data")}, True),
    # "A Ring customer has sued the company ... Ana Ruiz, of Tucson, said": the customer named after (a person
    # introduced with her town), and the firm's name in "A Ring customer" only describes her
    ("Ring sued over camera recordings. A Ring customer has sued the doorbell maker, seeking class-action status. "
     "Ana Ruiz, of Tucson, said in the complaint that Ring had never asked for her consent.",
     {("Ana Ruiz", "lawsuit", "Ring")}, True),
    # "X and Y, which were also defendants, had settled": each settled with the plaintiffs, not with each other
    ("A jury found Meta liable. Flo Health and Google, which were also defendants, had settled before the trial.",
     {("Flo Health", "settlement", None), ("Google", "settlement", None)}, False),
    # "spent years relying on X": the subject spent the time (no noun the participle describes)
    ("Denver police spent months relying on Clearview AI before the city council found out.",
     {("Denver Police Department", "contract", "Clearview AI")}, False),
    # a person described by a role after the name ("X, a learning technology specialist at UBC"), named after the
    # indefinite description that opens the story
    ("A University of British Columbia staff member is being sued by Proctorio over a series of tweets. Kate Morrow, "
     "a learning technology specialist at UBC, says the lawsuit is an attempt to silence her.",
     {("Proctorio", "lawsuit", "Kate Morrow")}, True),
    # "the drug discount and telehealth company": coordinated words before the head of a description
    ("The FTC fined GoodRx $1.5 million. The drug discount and telehealth company will also be banned from sharing "
     "health data.", {("Federal Trade Commission", "fine", "GoodRx"), ("Federal Trade Commission", "ban", "GoodRx")}, True),
    # "a year after the company settled charges that ...": the charges of the one regulator the story names
    ("The Federal Trade Commission is mailing refunds to Avast customers, a year after the antivirus company settled "
     "charges that it sold their browsing data.", {("Avast", "settlement", "Federal Trade Commission")}, False),
    # "a complaint against The Tribune": a name unknown to the gazetteer that carries its article
    ("Clearview AI has filed a complaint against The Herald over its reporting on the company.",
     {("Clearview AI", "complaint", "Herald")}, True),
    # "New York State Education Commissioner Betty A. Rosa barred schools from buying or using X": the office acts,
    # and what it bars is not done
    ("New York State Education Commissioner Betty A. Rosa on Wednesday barred schools from buying or using facial "
     "recognition cameras, which SN Technologies had sold to several districts.",
     {("New York State Education Department", "ban", None)}, True),
    # "allowed X to pursue its lawsuit against Y": a ruling against Y; "granted preliminary certification" rules too
    ("U.S. District Judge Sidney Stein has allowed Ziff Davis to pursue its copyright lawsuit against OpenAI.",
     {("Sidney Stein", "ruling", "OpenAI")}, False),
    ("U.S. District Judge Rita Lin granted preliminary certification of the claims against Workday.",
     {("Rita Lin", "ruling", "Workday")}, False),
    # "A firm has been fined ..., the watchdog said": the speaker fined a party it does not name
    ("A Spanish retailer has been fined 2.5 million euros for scanning shoppers' faces at its stores, the AEPD said on "
     "Friday.", {("Spanish Data Protection Agency", "fine", None)}, True),
    ("Two hospitals were ordered to stop using palm scanners, the Information Commissioner's Office announced.",
     {("Information Commissioner's Office", "order", None)}, True),
    # "threw out defamation lawsuits brought by Morocco against X": a country that sues; the bare plural is the case
    ("A Madrid court has thrown out libel suits brought by Rwanda against Human Rights Watch and Access Now.",
     {("Madrid court", "ruling", "Rwandan government"), ("Rwandan government", "lawsuit", "Human Rights Watch"),
      ("Rwandan government", "lawsuit", "Access Now")}, True),
    # "ruled the suits inadmissible, finding that ...": one ruling, against whoever brought them
    ("PimEyes sued Amnesty International in Berlin. The court ruled the suit inadmissible, finding that the "
     "company had no standing.", {("PimEyes", "lawsuit", "Amnesty International"), (None, "ruling", "PimEyes")}, True),
    # "X and Y, two residents of Z, have sued": people described together by a counted plural
    ("Maria Lopez and Tom Becker, two shoppers from Leeds, have sued Facewatch over its watchlists.",
     {("Maria Lopez", "lawsuit", "Facewatch"), ("Tom Becker", "lawsuit", "Facewatch")}, True),
    # "Two Norfolk residents sued the city ... A, a nurse, and B, a teacher, say ...": the counted plaintiffs named
    ("Three Portland residents, represented by the ACLU of Oregon, sued Clearview AI on Monday. Ana Diaz, a nurse, "
     "Ben Ito, a teacher, and Cara Moss, a student, say the company copied their photos.",
     {("Ana Diaz", "lawsuit", "Clearview AI"), ("Ben Ito", "lawsuit", "Clearview AI"),
      ("Cara Moss", "lawsuit", "Clearview AI")}, False),
    ("Two Norfolk residents sued the city over its licence plate cameras.", {(None, "lawsuit", "Norfolk")}, True),
    # "NEC's NeoFace Watch software": a product's name, not a group named "... Watch"
    ("Leicestershire Police said it had used NEC's NeoFace Watch software at the festival.",
     {("Leicestershire Police", "contract", "NEC")}, True),
    ("Uber's identity checks rely on software from Microsoft.", {("Uber", "contract", "Microsoft")}, True),
    # "X and Green party peer Y", "X and Big Brother Watch director Y": a role (and whom the person speaks for)
    # introduces the next plaintiff; the body named before the role only describes her
    ("Liberty and Labour party peer Ann Hart have launched a legal challenge against Essex Police.",
     {("Liberty", "lawsuit", "Essex Police"), ("Ann Hart", "lawsuit", "Essex Police")}, True),
    ("Campaigner Tom Reed and Privacy International director Ann Hart sued the Home Office.",
     {("Tom Reed", "lawsuit", "Home Office"), ("Ann Hart", "lawsuit", "Home Office")}, True),
    # an active "handed": the fine goes to the object between the verb and the noun ("handed down": no object)
    ("The CNIL has handed the Home Office a €3 million fine, its largest against a ministry.",
     {("CNIL", "fine", "Home Office")}, True),
    ("The Garante handed down a €15 million fine to OpenAI.", {("Italian Data Protection Authority", "fine", "OpenAI")}, True),
    ("OpenAI was handed a €15 million fine by the Garante.", {("Italian Data Protection Authority", "fine", "OpenAI")}, True),
    # "sent X a demand to stop scraping its forums": X, not the owner of what is scraped
    ("Reddit sent Anthropic a legal demand to stop scraping its forums.", {("Reddit", "cease_and_desist", "Anthropic")}, False),
    # a regulator's proceedings before a court are a suit ("civil penalty proceedings" seek a fine, impose none);
    # the full name of an office wins over a national description inside it
    ("The Office of the Australian Information Commissioner filed proceedings in the Federal Court on Monday "
     "against Bunnings.", {("Office of the Australian Information Commissioner", "lawsuit", "Bunnings")}, True),
    ("New Zealand's Privacy Commissioner has launched civil penalty proceedings in the High Court against "
     "Foodstuffs.", {("New Zealand Privacy Commissioner", "lawsuit", "Foodstuffs North Island")}, True),
    ("Latitude Financial was ordered to pay A$2 million. The proceedings were brought by the Australian Information "
     "Commissioner, who alleged the lender failed to protect customers.",
     {("Office of the Australian Information Commissioner", "lawsuit", "Latitude Financial")}, False),
    # "warned X not to collect ...": a demand to stop (a regulator's is an order); the shared name of two
    # countries' regulators is the one of the country the story is about
    ("Big Brother Watch warned Facewatch, the firm behind the cameras, to stop scanning shoppers' faces.",
     {("Big Brother Watch", "cease_and_desist", "Facewatch")}, True),
    ("Japan's privacy regulator has warned Worldcoin not to collect iris scans without consent. The Personal "
     "Information Protection Commission said it could act further.",
     {("Japan Personal Information Protection Commission", "order", "Worldcoin")}, True),
    # "fined Oppo Kenya": a firm's local arm named with its country, not the country
    ("Kenya's data protection regulator fined Zentel Kenya 3 million shillings for leaking customer records.",
     {("Office of the Data Protection Commissioner", "fine", "Zentel Kenya")}, True),
    # "granting an injunction sought by X": X's suit, and the order binds its defendant (or whom the sentence
    # ordered); "by groups including X" names X as one who asked
    ("Judge Ana Ruiz granted an injunction sought by Privacy International against the Home Office.",
     {("Ana Ruiz", "order", "Home Office"), ("Privacy International", "lawsuit", "Home Office")}, True),
    ("A Lisbon judge has ordered Clearview AI to stop scraping, granting an injunction sought by lawyers and "
     "civil society groups including Amnesty International.",
     {("Lisbon judge", "order", "Clearview AI"), ("Amnesty International", "lawsuit", "Clearview AI")}, False),
    # "trialled the controversial facial recognition tool X": a tool's description may run long
    ("Essex Police trialled the controversial live facial recognition software Clearview AI last spring.",
     {("Essex Police", "contract", "Clearview AI")}, True),
    # a ruling on "provisions allowing police in X and Y to ..." or "the powers that police in X used" is on X and Y
    ("Germany's Federal Constitutional Court ruled that provisions allowing police in Bavaria and Hamburg to search "
     "databases are unconstitutional.", {("Federal Constitutional Court of Germany", "ruling", "Bavaria"),
                                          ("Federal Constitutional Court of Germany", "ruling", "Hamburg")}, True),
    ("The Federal Constitutional Court struck down the surveillance powers that police in Hesse used.",
     {("Federal Constitutional Court of Germany", "ruling", "Hesse")}, True),
    # "the Hamburg regulator", "Hesse's watchdog": the data protection authority of a region the gazetteer knows
    ("The Hamburg regulator ordered Clearview AI to delete the data.",
     {("Hamburg Commissioner for Data Protection and Freedom of Information", "order", "Clearview AI")}, True),
    ("Hesse's watchdog fined the clinic's operator, Zentara GmbH.",
     {("Hessian Commissioner for Data Protection and Freedom of Information", "fine", "Zentara GmbH")}, False),
    # "X's action follows a complaint lodged by Y": a finite verb ends the possessive; the agent lodged it
    ("The CNIL fined Criteo. The regulator's decision follows a complaint lodged in 2018 by noyb.",
     {("CNIL", "fine", "Criteo"), ("noyb", "complaint", "Criteo")}, True),
    # "X broke the rules, the EDPS said, issuing the border agency with a reprimand": the participle is the
    # reporter's, and "the border agency" is the party whose name says so
    ("Frontex shared data with Europol unlawfully, the European Data Protection Supervisor said, issuing the border "
     "agency with a reprimand.", {("European Data Protection Supervisor", "ruling", "Frontex")}, False),
    # "X breached the law, the commissioner has found, ordering it to ...": the finding is on the reported subject,
    # and "it" is not the one who orders
    ("Bunnings breached Australians' privacy by scanning the faces of shoppers in 63 stores while they paid, the "
     "Australian Information Commissioner has found.",
     {("Office of the Australian Information Commissioner", "ruling", "Bunnings")}, True),
    ("Clearview AI broke Italian law, the Garante said, ordering it to delete the data of Italians.",
     {("Italian Data Protection Authority", "order", "Clearview AI")}, False),
    # "ordered 53 municipalities to stop passing data to Google": the addressees are unnamed (not Google); a
    # possessor in "Marx's own data" is no one the order binds
    ("Norway's Datatilsynet has ordered 12 councils to stop sending pupils' data to Google.",
     {("Norwegian Data Protection Authority", "order", None)}, True),
    ("The CNIL ordered Clearview AI to delete photos of Ana Ruiz, a teacher who complained. The order covers only "
     "Ruiz's own data.", {("CNIL", "order", "Clearview AI"), ("Ana Ruiz", "complaint", "Clearview AI")}, True),
    # a suit by a person or a group with no named defendant: the one force, government or company the story names
    ("The Metropolitan Police's use of live facial recognition is unlawful, Liberty told the court. Liberty is backing "
     "the judicial review brought by campaigner Ana Ruiz.", {("Ana Ruiz", "lawsuit", "Metropolitan Police Service")},
     False),
    # headlines list verbs that share a subject ("fines X, orders deletion"); a finding told after its content
    # ("X breached ..., Commissioner Y finds."); "has been fined 1.2 billion euros ... and ordered to" is passive
    ("Garante fines Replika maker Luka Inc, orders halt to data processing",
     {("Italian Data Protection Authority", "fine", "Luka Inc"), ("Italian Data Protection Authority", "order", "Luka Inc")},
     True),
    ("Kmart broke privacy law with store face scanning, Australian Information Commissioner finds.",
     {("Office of the Australian Information Commissioner", "ruling", "Kmart Australia")}, True),
    ("TikTok has been fined 530.5 million euros by the Data Protection Commission and ordered to suspend transfers "
     "to China.", {("Data Protection Commission", "fine", "TikTok"), ("Data Protection Commission", "order", "TikTok")},
     True),
    # "turned down an injunction sought by X": a ruling against X, on X's suit
    ("The High Court turned down an injunction sought by Big Brother Watch against Facewatch.",
     {("High Court", "ruling", "Big Brother Watch"), ("Big Brother Watch", "lawsuit", "Facewatch")}, True),
    ("The Federal Constitutional Court ruled on Tuesday that police in the states of Bavaria and Hesse had been given "
     "overly broad powers.", {("Federal Constitutional Court of Germany", "ruling", "Bavaria"),
                              ("Federal Constitutional Court of Germany", "ruling", "Hesse")}, True),
    # "officers did use X": an emphatic use is a use
    ("Swedish police officers did use Clearview AI's app, the regulator found.",
     {("Swedish Police Authority", "contract", "Clearview AI")}, False),
    # "Cambridge" is the Massachusetts city in a story about Massachusetts (and the English one in an English story)
    ("Several other Massachusetts communities, among them Somerville and Cambridge, already forbid their departments "
     "from using face surveillance.",
     {("Somerville, Massachusetts", "ban", None), ("Cambridge, Massachusetts", "ban", None)}, True),
    # "is dropping X": a retreat from X, which it used until now
    ("The Denver Police Department is dropping ShotSpotter, the gunshot detection system it has used since 2015.",
     {("Denver Police Department", "withdrawal", None), ("Denver Police Department", "contract", "ShotSpotter")}, True),
    # "sued the state Education Department" in a New York story: that state's department
    ("Parents in a New York district objected. The NYCLU sued the state Education Department over the cameras.",
     {("New York Civil Liberties Union", "lawsuit", "New York State Education Department")}, True),
    # "X's lawsuit against Y (was) thrown out (by Judge Z)": a ruling against X's case (a headline's passive too)
    ("Getty Images' lawsuit against Stability AI thrown out. Judge Ana Ruiz said the claims were too broad.",
     {("Getty Images", "lawsuit", "Stability AI"), ("Ana Ruiz", "ruling", "Getty Images")}, True),
    ("Clearview AI's appeal against the fine was rejected by the Upper Tribunal.",
     {("Upper Tribunal", "ruling", "Clearview AI")}, False),
    # "submitted the complaints to authorities in France and Italy": filed with them, against the one named before
    ("Rights groups filed complaints against PimEyes on Monday. Amnesty International and Access Now submitted the "
     "complaints to regulators in France and Italy.",
     {("Amnesty International", "complaint", "PimEyes"), ("Access Now", "complaint", "PimEyes")}, True),
    # "complaints from 170 drivers, which X filed with the CNIL": X filed them, against the story's party
    ("The CNIL fined Bolt 5 million euros. The case began with complaints from 60 couriers, which La Quadrature du "
     "Net filed last year.", {("CNIL", "fine", "Bolt"), ("La Quadrature du Net", "complaint", "Bolt")}, True),
    # "A class action accusing X of ... was settled": X settles; "reached a deal with authors who sued it": a settlement
    ("A class action accusing Snap of collecting face scans was settled for $35 million.",
     {(None, "lawsuit", "Snap Inc."), ("Snap Inc.", "settlement", None)}, True),
    ("Meta said it had reached a $90 million deal with a group of users who sued the company over tracking.",
     {("Meta", "settlement", None)}, False),
    # "against The Tribune and its reporter X": the person is a second target
    ("Meta filed a police complaint against The Herald and its reporter Ana Ruiz over the leak story.",
     {("Meta", "complaint", "Herald"), ("Meta", "complaint", "Ana Ruiz")}, True),
    # "certified a class of users who accuse X of ...": a ruling against X
    ("U.S. District Judge Ana Ruiz has certified a class of Illinois drivers who accuse Uber of scanning their faces.",
     {("Ana Ruiz", "ruling", "Uber")}, True),
    # "X's policy is unlawful, the equalities watchdog has told the High Court": a submission, criticism of X
    ("South Wales Police's use of live facial recognition is unlawful, the equalities watchdog has told the Court of "
     "Appeal.", {("Equality and Human Rights Commission", "criticism", "South Wales Police")}, True),
    # a court that approves a settlement rules on the settling party
    ("U.S. District Judge Ana Ruiz on Tuesday approved Uber's $80 million settlement of a biometric privacy suit.",
     {("Ana Ruiz", "ruling", "Uber")}, False),
    ("A federal judge in Denver approved a $12 million settlement of a class action accusing Snap Inc. of storing "
     "face data. U.S. District Judge Ana Ruiz called the deal fair.", {("Ana Ruiz", "ruling", "Snap Inc.")}, False),
    ("A judge has granted final approval to Clearview AI's settlement with the class.",
     {(None, "ruling", "Clearview AI")}, False),
    # a customer named by apposition or description buys from the vendor
    ("Flock Safety lost a bid. Its biggest customer, the Norfolk Police Department, renewed the licence, and Akron, "
     "the city where it began, ended its trial.", {("Norfolk Police Department", "contract", "Flock Safety")}, False),
    ("The Norfolk Police Department, a longtime customer of Flock Safety, said it would keep the cameras.",
     {("Norfolk Police Department", "contract", "Flock Safety")}, False),
    ("The Norfolk Police Department was one of the first customers of Flock Safety.",
     {("Norfolk Police Department", "contract", "Flock Safety")}, True),
    ("Clearview AI, whose customers include the Norfolk Police Department, said it would appeal.",
     {("Norfolk Police Department", "contract", "Clearview AI")}, False),
    # criticism of "the deal" is criticism of the vendor of the contract the story told
    ("The Norfolk Police Department signed a $2 million contract with Flock Safety. The Institute for Justice "
     "condemned the deal, calling the cameras a dragnet.", {("Institute for Justice", "criticism", "Flock Safety")},
     False),
    # a negation inside an apposition ("a group that has run a campaign called No Tech for ICE") is the aside's
    ("Mijente, an immigrant-rights group that has run a campaign called No Tech for ICE, criticised Palantir.",
     {("Mijente", "criticism", "Palantir")}, True),
    # "platforms such as X and Y" right after the verb names its objects (no comma needed)
    ("PimEyes built its index by crawling websites and social networks such as Flickr and Instagram.",
     {("PimEyes", "data_collection", "Flickr"), ("PimEyes", "data_collection", "Instagram")}, True),
    # (but not past a comma into another phrase: "joining a list of cities such as Boston")
    ("Lawmakers in King County voted to bar county agencies from using facial recognition, joining a list of "
     "cities such as Boston.", {("King County", "ban", None)}, True),
    # "accused X of quietly gathering ...": any adverb, and a longer description of the accused
    ("The attorney general accused the insurer Allstate of quietly harvesting location data from millions of drivers "
     "through apps such as Life360 and GasBuddy.", {("Allstate", "data_collection", "Life360")}, False),
    # a platform that disables accounts belonging to a named body's people bans that body
    ("Meta has disabled more than 38,000 accounts linked to Voyager Labs.", {("Meta", "ban", "Voyager Labs")}, True),
    ("Meta took down 300 accounts linked to Cognyte and Black Cube.",
     {("Meta", "ban", "Cognyte"), ("Meta", "ban", "Black Cube")}, True),
    ("Twitter suspended the accounts of researchers at Stanford University.",
     {("Twitter", "ban", "Stanford University")}, True),
    # (unnamed holders: no ban, and no retreat either)
    ("Meta disabled the personal accounts of the researchers involved.", set(), True),
    # the inquiry behind a decision ("fined X ..., concluding a probe", "after an investigation") is the deciding
    # authority's, into the party it acts against
    ("The Personal Information Protection Commission fined Kakao 15 billion won on Thursday, concluding a probe that "
     "began last year.", {("Personal Information Protection Commission", "investigation", "Kakao")}, False),
    ("The ICO fined Serco Leisure £200,000 after an investigation.",
     {("Information Commissioner's Office", "investigation", "Serco Leisure")}, False),
    # (no decision beside it: no inquiry; one with its own agent keeps it)
    ("Microsoft said it would sell its stake in AnyVision after an audit.", {("Microsoft", "withdrawal", None)}, True),
    # "a Marseille court", "a court in Rome": the one court of the gazetteer in that place
    ("An administrative court in Marseille has struck down a plan by the Provence-Alpes-Côte d'Azur region to test "
     "face scanners.", {("Marseille Administrative Court", "ruling", "Provence-Alpes-Côte d'Azur Region")}, True),
    ("A court in Rome on Friday suspended the fine the Garante had imposed on Replika's developer Luka.",
     {("Court of Rome", "ruling", "Italian Data Protection Authority")}, False),
    # (not a federal judge, nor a country's adjective: "a Norwegian court" may be any of them; nor a court that is not
    # the place's general one: "a Moscow court" may be any of the city's district courts)
    ("A federal court in San Francisco dismissed the lawsuit against Meta.", {("San Francisco federal court", "ruling", "Meta")}, False),
    ("A Norwegian court on Wednesday rejected Meta's request to suspend the ban.", {("Norwegian court", "ruling", "Meta")}, False),
    # "His office ... It sent": the office of the holder named before opens the sentence that "It" continues
    ("New Jersey Attorney General Gurbir Grewal said on Friday that he was troubled to learn how the app had been "
     "built from photos scraped from social media without people's consent. He also asked the state's criminal "
     "justice division to look into how officers had used the app and similar products across the state. His office "
     "had a more personal grievance. It sent Clearview AI a cease-and-desist letter.",
     {("New Jersey Attorney General", "cease_and_desist", "Clearview AI")}, True),
    # "X found that Y had breached the law and ordered ...": the order is the finder's, and the finding stays
    ("The CNIL found that Clearview AI had breached the GDPR and ordered the company to delete the data.",
     {("CNIL", "ruling", "Clearview AI"), ("CNIL", "order", "Clearview AI")}, True),
    ("Australia's privacy commissioner found that Kmart had broken the law by scanning shoppers' faces and ordered "
     "the retailer to destroy the images.", {("Office of the Australian Information Commissioner", "order", "Kmart Australia")},
     False),
    # "was also told to delete the data": the passive of an order, by the authority of the story
    ("Clearview AI has been fined £7.5m by the ICO. The company, which scraped billions of photos, was also told to "
     "delete the data of UK residents.", {("Information Commissioner's Office", "order", "Clearview AI")}, False),
    # "Equipment made by X and Y was banned": the makers of what is banned
    ("Drones made by DJI and Autel have been barred by the Pentagon.",
     {("US Department of Defense", "ban", "DJI"), ("US Department of Defense", "ban", "Autel")}, False),
    ("Kmart Australia was found to have breached Australians' privacy by the Australian Information Commissioner, "
     "who ordered the retailer to destroy the images.",
     {("Office of the Australian Information Commissioner", "ruling", "Kmart Australia"),
      ("Office of the Australian Information Commissioner", "order", "Kmart Australia")}, False),
    # "After an investigation by X, Y agreed to pay": X's inquiry into the clause's subject, which settles with X
    ("After an investigation by the Federal Trade Commission, Ring agreed to pay $5.8 million over the claims.",
     {("Federal Trade Commission", "investigation", "Ring"), ("Ring", "settlement", "Federal Trade Commission")}, True),
    # "fined X ... for using Y's app, and ordered it to delete": "it" is what the same subject acted on before
    ("The ICO fined the Ealing Council £50,000 for using Clearview AI's app, and ordered it to delete the images.",
     {("Information Commissioner's Office", "order", "Ealing Council")}, False),
    # "the UK government", "the Dutch government": the country's national government
    ("Liberty mounted a legal challenge against the UK government over the bulk powers.",
     {("Liberty", "lawsuit", "British government")}, True),
    # "Meta appeals record €1.2bn EU privacy fine": a fine of no named maker on the appellant
    ("TikTok appeals €345 million children's privacy fine.", {("TikTok", "appeal", None), (None, "fine", "TikTok")}, True),
    # "pressed X to stop": a demand to stop
    ("Meta pressed NYU's Ad Observatory to stop collecting data about political ads.",
     {("Meta", "cease_and_desist", "Ad Observatory")}, False),
    # headline idiom: "X puts Y under the microscope"
    ("CNIL puts Worldcoin's iris scanning under the microscope.", {("CNIL", "investigation", "Worldcoin")}, True),
    # "the ICO received a complaint from X about Y": X complains about Y; the authority only receives it
    ("The ICO received a complaint from Big Brother Watch about Southern Co-op.",
     {("Big Brother Watch", "complaint", "Southern Co-op")}, True),
    ("The ministry said it had received complaints about apps sending data abroad.", set(), True),
    # "the same Amsterdam court" later in the story names the court the lede left unnamed
    ("A Dutch court has ordered Bolt to give drivers the data behind their suspensions. A second claim, heard by the "
     "same Amsterdam court, was dismissed.", {("District Court of Amsterdam", "order", "Bolt")}, False),
    ("The Amsterdam court ordered Bolt to reinstate the drivers.", {("District Court of Amsterdam", "order", "Bolt")}, False),
    # an inquiry into "the use of" a product: the investigator is not its user
    ("The Swedish data protection authority opened an inquiry into the use of PimEyes.",
     {("Swedish Authority for Privacy Protection", "investigation", "PimEyes")}, True),
    ("The Met signed a deal for the use of Clearview AI.", {("Metropolitan Police Service", "contract", "Clearview AI")}, True),
    # "Greece's Supreme Court" is a court of its own, not Greece's Council of State
    ("Greece's Supreme Court upheld the fine on OTE.", {("Greece's Supreme Court", "ruling", "OTE Group")}, True),
    ("Greece's top administrative court upheld the fine on OTE.", {("Greek Council of State", "ruling", "OTE Group")}, True),
    # a headline's bare "privacy watchdog": the country's data protection authority, or the one the story names
    ("Privacy watchdog fines Clearview AI over facial recognition in Italy.",
     {("Italian Data Protection Authority", "fine", "Clearview AI")}, True),
    ("Clearview AI fined in Greece as data protection authority finds breaches.",
     {("Hellenic Data Protection Authority", "fine", "Clearview AI")}, True),
    ("Data regulator fines Clearview AI. The CNIL said the company had ignored its earlier order.",
     {("CNIL", "fine", "Clearview AI")}, False),
    # a suit's demand is made in court: no cease-and-desist of its own; the description in it is the defendant
    ("Two publishers sued Anthropic. Dow Jones filed a complaint against Perplexity AI on Monday, demanding that the "
     "search startup stop copying its articles.", {("Dow Jones & Company", "complaint", "Perplexity AI")}, True),
    ("Dow Jones wrote to Perplexity AI, demanding that the startup stop copying its articles.",
     {("Dow Jones & Company", "cease_and_desist", "Perplexity AI")}, True),
    # "the Office of the Privacy Commissioner" is the office of the country the story is about
    ("Hong Kong police raided Worldcoin's offices. The Office of the Privacy Commissioner then opened an investigation "
     "into the company.", {("Office of the Privacy Commissioner for Personal Data", "investigation", "Worldcoin")}, False),
    ("Canada's privacy commissioner sued Facebook in 2020. The Office of the Privacy Commissioner has now appealed.",
     {("Office of the Privacy Commissioner of Canada", "lawsuit", "Facebook")}, False),
    ("South Africa's Information Regulator has fined the Department of Justice and Constitutional Development R5 million.",
     {("Information Regulator", "fine", "Department of Justice and Constitutional Development")}, True),
    # "ordered X blocked": X is the order's object, not a party that withdrew
    ("Italy's privacy watchdog ordered the Chinese start-up DeepSeek's app blocked in the country.",
     {("Italian Data Protection Authority", "order", "DeepSeek")}, True),
    # a finding reported through the probe behind it: "X did ..., an investigation by Y has found"
    ("Bunnings, the hardware chain, scanned the faces of hundreds of thousands of shoppers at 63 stores over three years "
     "without telling them, an investigation by the Australian privacy commissioner has found.",
     {("Office of the Australian Information Commissioner", "investigation", "Bunnings"),
      ("Office of the Australian Information Commissioner", "ruling", "Bunnings")}, True),
    ("Home Depot shared shoppers' faces with Meta even when they had not agreed, an audit by Canada's privacy commissioner "
     "concluded.", {("Office of the Privacy Commissioner of Canada", "ruling", "Home Depot")}, False),
    # a finding told before the regulator who says it: "X broke the law, the watchdog said"
    ("Kmart collected shoppers' faceprints without consent, Australia's privacy commissioner said on Monday.",
     {("Office of the Australian Information Commissioner", "ruling", "Kmart Australia")}, True),
    ("Temu breached South Korea's privacy law, the Personal Information Protection Commission said after a "
     "six-month investigation.", {("Personal Information Protection Commission", "ruling", "Temu"),
                                  ("Personal Information Protection Commission", "investigation", "Temu")}, True),
    # (an allegation settled is no finding; a plan is none either)
    ("Google will pay $8 million to settle claims that it violated the law, the Texas attorney general said.",
     {("Google", "settlement", "Texas Attorney General")}, True),
    ("Clearview AI has stopped selling to private companies, the company said.", {("Clearview AI", "withdrawal", None)}, True),
    # "the app" between a company and its platform is the platform
    ("The Competition Commission of India fined Meta over Instagram's data practices and ordered the photo-sharing app "
     "to stop combining user data.", {("Competition Commission of India", "fine", "Meta"),
                                       ("Competition Commission of India", "order", "Instagram")}, True),
    # the object of a verb may open a relative clause, which then tells what it did
    ("Texas sued PimEyes, which sent cease-and-desist letters to Google.",
     {("Texas", "lawsuit", "PimEyes"), ("PimEyes", "cease_and_desist", "Google")}, True),
    ("Illinois Attorney General Kwame Raoul filed suit on Monday against PimEyes, the Georgian face search company "
     "that has amassed a database of photos scraped from Instagram and Flickr.",
     {("Illinois Attorney General", "lawsuit", "PimEyes"), ("PimEyes", "data_collection", "Instagram"),
      ("PimEyes", "data_collection", "Flickr")}, True),
    # a second party with its own amount, the verb left out ("and Y with $12 million", "and Y nearly $47 million")
    ("The Federal Communications Commission fined four carriers. Verizon was hit with a $47 million penalty and AT&T "
     "with $57 million.", {("Federal Communications Commission", "fine", "Verizon"),
                           ("Federal Communications Commission", "fine", "AT&T")}, False),
    ("The Federal Communications Commission fined four carriers. T-Mobile must pay $80 million and Sprint, which it "
     "has since bought, about $12 million.", {("Federal Communications Commission", "fine", "T-Mobile"),
                                               ("Federal Communications Commission", "fine", "Sprint Corporation")}, False),
    # a place that describes a person ("Texas resident Jane Doe") is no party a pronoun may mean
    ("PimEyes stopped serving users in Texas. The company faces a lawsuit brought by Texas resident Maria Lopez, who "
     "accused it of scanning her face.", {("Maria Lopez", "lawsuit", "PimEyes")}, True),
    # an apposition between subject and verb ("X, the antivirus maker, will pay") is no reporter of an inversion
    ("Kochava, the location data broker, will pay $2 million to settle the charges.",
     {("Kochava", "settlement", None)}, True),
    ("Harvey Norman, the third chain named by the group, had suspended its own trial in May.",
     {("Harvey Norman", "withdrawal", None)}, True),
    # a company that shuts down its own subsidiary retreats (from nobody else)
    ("Avast sold browsing data to advertisers through its subsidiary Jumpshot, which Avast shut down in January.",
     {("Avast", "withdrawal", None)}, True),
    # a governor who signs a ban acts as the state the story names
    ("Gov. Jared Polis signed a bill that bars police in Colorado from using facial recognition without a warrant.",
     {("Colorado", "ban", None)}, True),
    # a mayor's name is no body's, even before "and Police Chief ..."; a ban the council "approved" is the council's
    ("Mayor Ann Hart and Police Chief Tom Berry pushed to lift the ban.", set(), True),
    ("The Portland City Council voted to let police use facial recognition again, reversing a ban the council passed "
     "in 2020.", {("Portland City Council", "ban", None)}, True),
    # "transition away from using X": a retreat from X, which it used
    ("The Department of Labor said it will transition away from using ID.me to verify claimants.",
     {("Department of Labor", "withdrawal", None), ("Department of Labor", "contract", "ID.me")}, False),
    # "Detectives from X raided ...": X acts through its officers
    ("Detectives from the Hellenic Police on Saturday raided a warehouse used by Intellexa, days after the Greek "
     "government suspended the firm's licence.", {("Hellenic Police", "investigation", "Intellexa"),
                                                   ("Greek government", "ban", "Intellexa")}, True),
    # an authority that halts another party's activity bans it (a retreat is a party's own)
    ("The Portuguese government halted Worldcoin's iris scanning in the country.",
     {("Portuguese government", "ban", "Worldcoin")}, True),
    # a headline's plural present: "X and Y pause facial recognition"
    ("Bunnings and Kmart pause their rollout of face scanning.", {("Bunnings", "withdrawal", None),
                                                                ("Kmart Australia", "withdrawal", None)}, True),
    # an appeal whose sentence names no other side is against the party the court ruled on just before
    ("Australia's Federal Court ruled on Friday that Facebook had breached the Privacy Act. Commissioner Carly Kind, "
     "whose office brought the appeal, welcomed the judgment.",
     {("Office of the Australian Information Commissioner", "appeal", "Facebook")}, False),
    # "X has been fined S$750,000 and Y S$250,000": an amount whose currency carries a country's letters
    ("SingHealth has been fined S$250,000 and IHiS S$750,000 by the Personal Data Protection Commission.",
     {("Personal Data Protection Commission", "fine", "SingHealth"),
      ("Personal Data Protection Commission", "fine", "Integrated Health Information Systems")}, True),
    # a product withdrawn ("was pulled", "was discontinued", "was shut down") is its maker's retreat
    ("Replika, the companion chatbot made by Luka Inc, was pulled from Italian app stores in February.",
     {("Luka Inc", "withdrawal", None)}, True),
    ("Scatter Lab built the chatbot Lee Luda. Lee Luda was discontinued after three weeks.",
     {("Scatter Lab", "withdrawal", None)}, True),
    # the suit a settlement resolves, told against the defendant's platform, is the suit already told
    ("Meta will pay Texas $1.4 billion to settle a lawsuit over facial recognition. The deal resolves a 2022 suit "
     "alleging that Facebook's photo-tagging feature broke state law.",
     {("Meta", "settlement", "Texas"), ("Texas", "lawsuit", "Meta")}, True),
    # "creator X": a person named by what they made
    ("Twitter orders 'ElonJet' creator Jack Sweeney to delete his bot, bans him from the platform.",
     {("Twitter", "cease_and_desist", "Jack Sweeney"), ("Twitter", "ban", "Jack Sweeney")}, True),
    # "X's feature was dropped": the owner withdrew it
    ("Microsoft's emotion recognition tool was discontinued last June.", {("Microsoft", "withdrawal", None)}, True),
    # "<place> prosecutors": that place's prosecutors, a public office
    ("Hamburg prosecutors searched the offices of Intellexa, investigating whether the firm exported spyware.",
     {("Hamburg prosecutors", "investigation", "Intellexa")}, True),
    # "before the prosecutor" is where a complaint is brought, not a clause; "the ministry's undeclared use of X"
    ("Privacy International brought a complaint before the Paris prosecutor over the Interior Ministry's secret "
     "use of Palantir.", {("Privacy International", "complaint", "Interior Ministry"),
                          ("Interior Ministry", "contract", "Palantir")}, True),
    # "X, the app whose database was scraped from Y": X collected from Y
    ("Illinois told police to stop using PimEyes, the search engine whose index of faces was scraped from Flickr and "
     "Instagram.", {("PimEyes", "data_collection", "Flickr"), ("PimEyes", "data_collection", "Instagram")}, False),
    # "Staff of X sued": X acts through its people
    ("Staff of Amnesty International sued NSO Group in Tel Aviv.", {("Amnesty International", "lawsuit", "NSO Group")}, True),
    # a state's sanctions bar whom they name: "imposed sanctions on ... entities tied to X, including Y"; a
    # government that "sanctioned" a firm bans it (a regulator's sanction is a fine)
    ("The United States on Thursday imposed sanctions on three people and two companies tied to NSO Group, including "
     "its co-founder Shalev Hulio.", {("American government", "ban", "NSO Group"),
                                      ("American government", "ban", "Shalev Hulio")}, True),
    ("The US Treasury sanctioned Cytrox over the Predator spyware.", {("US Department of the Treasury", "ban", "Cytrox")}, True),
    # accounts "tied to seven firms, including X and Y": the firms the list names are banned; platform names that
    # modify "accounts" are nobody's subject
    ("Meta said it had removed about 900 Facebook and Instagram accounts linked to four spyware vendors, including "
     "Cytrox and Candiru.", {("Meta", "ban", "Cytrox"), ("Meta", "ban", "Candiru")}, True),
    # "cut ties with": a retreat
    ("Cellebrite has cut ties with Serbia after reports that police used its tools on activists.",
     {("Cellebrite", "withdrawal", None)}, False),
    # "turned away X's bid": a court rules against X; the suit X sought shelter from is real
    ("The Supreme Court turned away Clearview AI's bid to shield itself from a lawsuit by the ACLU.",
     {("Supreme Court", "ruling", "Clearview AI"), ("American Civil Liberties Union", "lawsuit", "Clearview AI")}, True),
    # a jury that "ordered X to pay ... in damages" gives a verdict, whoever the story names as the court later
    ("A federal jury on Friday ordered Clearview AI to pay $5 million in damages to the plaintiffs. Judge Sharon "
     "Johnson Coleman presided.", {("Sharon Johnson Coleman", "ruling", "Clearview AI")}, True),
    # "X broke the law, the commissioner said Thursday, in a report ...": a finding
    ("The RCMP broke Canada's privacy law when it used Clearview AI, the privacy commissioner of Canada said Thursday, "
     "in a report tabled in Parliament.", {("Office of the Privacy Commissioner of Canada", "ruling",
                                             "Royal Canadian Mounted Police")}, False),
    # "the developer of AI chatbot Replika": a few words may describe the product whose maker is meant
    ("The Garante fined the developer of the popular companion chatbot Replika.",
     {("Italian Data Protection Authority", "fine", "Luka Inc")}, True),
    # "the fine, cut from what X proposed, follows a complaint by Y": the complaint that led to it was filed
    ("The penalty, lower than the sum the IMY proposed in March, follows a complaint by noyb against Spotify.",
     {("noyb", "complaint", "Spotify")}, False),
    # "X, a coalition of groups, and its Italian member Y filed": both file
    ("BEUC, an umbrella body of consumer groups, and its French member UFC-Que Choisir filed a complaint against Meta.",
     {("European Consumer Organisation", "complaint", "Meta"), ("UFC-Que Choisir", "complaint", "Meta")}, True),
    # "journalists and staff of the news site X sued": the body they work for acts
    ("Reporters and editors at the investigative website Bellingcat sued the spyware vendor Intellexa in Athens.",
     {("Bellingcat", "lawsuit", "Intellexa")}, True),
    ("Journalists of the Mexican daily newspaper Reforma sued NSO Group in Tel Aviv.",
     {("Reforma", "lawsuit", "NSO Group")}, True),
    # "threw out a suit filed against A, B and C": each of the listed was sued
    ("A federal judge threw out a suit brought by photographers against Clearview AI, PimEyes and Voyager Labs.",
     {(None, "lawsuit", "Clearview AI"), (None, "lawsuit", "PimEyes"),
      (None, "lawsuit", "Voyager Labs")}, False),
    # "a class of drivers who sued the company": people the text does not name sued
    ("Uber reached a deal with a group of couriers who had sued the ride-hailing company in London.",
     {(None, "lawsuit", "Uber")}, False),
    ("Illinois users have sued Facebook over face tagging.", {(None, "lawsuit", "Facebook")}, True),
    # "lost its challenge at the Upper Tribunal", "After losing at the High Court, X ...": the court ruled against X
    ("PimEyes lost its challenge at the Upper Tribunal in March.", {("Upper Tribunal", "ruling", "PimEyes")}, True),
    ("After losing at the High Court, campaigner Shaun Thompson took his case to the Court of Appeal.",
     {("High Court", "ruling", "Shaun Thompson")}, False),
    # "Regulator fines X" opening a headline: the first authority the story names, though it names another later
    ("Regulator fines Clearview AI 20 million euros. Greece's data protection authority said the company had "
     "processed biometric data unlawfully. A complaint had been filed with France's CNIL in 2021.",
     {("Hellenic Data Protection Authority", "fine", "Clearview AI")}, False),
    # "ordered the company behind X to ...": those who run X are ordered
    ("South Korea's privacy regulator ordered the Chinese firm behind DeepSeek to delete the data it had sent abroad.",
     {("Personal Information Protection Commission", "order", "DeepSeek")}, False),
    # "launched High Court proceedings against X", "went to the High Court seeking to stop X": a suit
    ("Ireland's Data Protection Commission launched High Court proceedings against TikTok over its transfers.",
     {("Data Protection Commission", "lawsuit", "TikTok")}, False),
    ("The Data Protection Commission went to the High Court on Monday seeking to stop LinkedIn from using members' posts.",
     {("Data Protection Commission", "lawsuit", "LinkedIn")}, False),
    # "The authority reached its decision after an investigation ...": the inquiry behind the decision told before
    ("Norway's data protection authority ordered Grindr to delete the data. The authority, which had received a "
     "complaint about the app's data sharing, reached its decision after an investigation lasting two years.",
     {("Norwegian Data Protection Authority", "investigation", "Grindr")}, False),
    # "will not launch X in the EU", "disabled X for users in Italy": a retreat from a market
    ("Google will not launch its Bard chatbot in the European Union for now, the company said.",
     {("Google", "withdrawal", None)}, False),
    ("Luka Inc disabled Replika for users in Italy.", {("Luka Inc", "withdrawal", None)}, False),
    # "X, the Amazon-backed company that developed Y, said that it had paused": X, not its backer
    ("Anthropic, the Amazon-backed company that developed Claude, said on Friday that it had paused the service.",
     {("Anthropic", "withdrawal", None)}, True),
    # "its network of N Flock Safety cameras", "the city's network of cameras made by X": the owner deploys X's cameras
    ("Chicago's network of ShotSpotter sensors covers 100 square miles.", {("Chicago", "contract", "ShotSpotter")}, True),
    ("Activists sued Oakland over its network of 300 licence plate cameras made by Flock Safety.",
     {(None, "lawsuit", "Oakland"), ("Oakland", "contract", "Flock Safety")}, True),
    # a governor acts for the state; "signed a law banning", "<State> lawmakers passed ...": the state bans
    ("Gov. Jared Polis signed a bill banning facial recognition in public schools.",
     {("Colorado", "ban", None)}, True),
    ("Maine lawmakers passed a measure barring most government use of facial recognition.", {("Maine", "ban", None)}, True),
    ("The Boston City Council voted for an ordinance barring city agencies from using facial recognition.",
     {("Boston City Council", "ban", None)}, True),
    # "Oakland council members voted to ban": the city's council acts
    ("Oakland council members voted on Tuesday to ban city use of facial recognition.",
     {("Oakland City Council", "ban", None)}, True),
    # a city the gazetteer names only in full ("Austin, Texas"), named alone beside one of its bodies
    ("Austin will end its licence plate reader programme next month. The Austin Police Department had used Flock "
     "Safety cameras since 2024.", {("Austin, Texas", "withdrawal", None),
                                     ("Austin Police Department", "contract", "Flock Safety")}, True),
    # an authority that stops its own use of X's product retreats; it bans nothing
    ("Kenya will stop using Worldcoin's scanners, the ministry said.",
     {("Kenya", "withdrawal", None), ("Kenya", "contract", "Worldcoin")}, True),
    # "Microsoft president Brad Smith said his company would not sell ...": the speaker's company retreats
    ("IBM paused its sales. Later, Microsoft president Brad Smith said his company would not sell the software to police.",
     {("IBM", "withdrawal", None), ("Microsoft", "withdrawal", None)}, True),
    # "removed the characters named in the letter": the platform retreats
    ("Character.AI said it had removed the bots in question after the letter.", {("Character.AI", "withdrawal", None)}, True),
    # "her firm was involved in litigation against X": the firm, not the person the possessive names
    ("Staff turned away Kelly Conlon, a lawyer at the firm Davidoff Hutcher & Citron, because her firm was suing MSG "
     "Entertainment.", {("Davidoff Hutcher & Citron", "lawsuit", "Madison Square Garden Entertainment")}, False),
    # "paid $2.5 million to resolve a lawsuit brought by X": a settlement with X
    ("Amazon paid $2.5 million to resolve a lawsuit brought by Indiana.",
     {("Amazon", "settlement", "Indiana"), ("Indiana", "lawsuit", "Amazon")}, True),
    # "dismissed the urgent application by X against Y": X had sued Y
    ("The Federal Court dismissed the urgent application by Digital Rights Ireland against Meta.",
     {("Federal Court", "ruling", "Digital Rights Ireland"), ("Digital Rights Ireland", "lawsuit", "Meta")}, True),
    # "X dropped the plan following a campaign by Y": Y's campaign was against X
    ("Macy's dropped its facial recognition pilot following a campaign by the advocacy group Fight for the Future.",
     {("Fight for the Future", "criticism", "Macy's")}, False),
    # "stopped operating", "stopped doing business with", "X's retirement of": retreats; "experimented with": a use
    ("PredPol's successor Geolitica stopped operating at the end of the year.", {("Geolitica", "withdrawal", None)}, True),
    ("Google's retirement of its face-grouping feature was announced on Monday.", {("Google", "withdrawal", None)}, True),
    ("Detectives at the Royal Canadian Mounted Police experimented with Clearview AI's app.",
     {("Royal Canadian Mounted Police", "contract", "Clearview AI")}, True),
    # a state that buys, and a state a court rules against
    ("Serbia bought Cellebrite's phone-cracking tools.", {("Serbian government", "contract", "Cellebrite")}, True),
    ("The European Court of Human Rights ruled against the United Kingdom in 2021.",
     {("European Court of Human Rights", "ruling", "British government")}, True),
    # "refused to suspend the agency's ban on X": against the one the ban binds; the court bans nothing
    ("A court in Rome refused to suspend the Garante's ban on DeepSeek.",
     {("Court of Rome", "ruling", "DeepSeek"), ("Italian Data Protection Authority", "ban", "DeepSeek")}, False),
    ("A court in Oslo refused to lift the temporary ban on Meta's behavioural advertising.",
     {("Oslo District Court", "ruling", "Meta")}, True),
    # "sided with X in its dispute with Y", "sides with X in Y fight": against Y, never the winner
    ("The Upper Tribunal sided with the ICO in its dispute with PimEyes.", {("Upper Tribunal", "ruling", "PimEyes")}, True),
    ("High Court sides with Getty Images in Stability AI copyright fight.", {("High Court", "ruling", "Stability AI")}, True),
    # "Two residents have filed a lawsuit ... A and B are represented by ...": the group is the two people named next
    ("Two Oakland residents have filed a federal lawsuit against the city. Maria Lopez, a teacher, and James Chen, a "
     "nurse, are represented by the ACLU.", {("Maria Lopez", "lawsuit", "Oakland"), ("James Chen", "lawsuit", "Oakland")},
     False),
    # "The case, brought in 2015 by users A and B, alleged that X ...": the aside names who filed it
    ("The case, brought in 2019 by Illinois residents Maria Lopez and James Chen, alleged that Shutterfly broke the law.",
     {("Maria Lopez", "lawsuit", "Shutterfly"), ("James Chen", "lawsuit", "Shutterfly")}, False),
    # "accusing X of violating the law by scraping photos from Y": X scraped
    ("Vermont sued Clearview AI on Tuesday, accusing the company of breaking the state's consumer law by scraping photos "
     "from Facebook.", {("Vermont", "lawsuit", "Clearview AI"), ("Clearview AI", "data_collection", "Facebook")}, True),
    # "X's complaint names the police department": a court filing, a suit
    ("Robert Williams sued Detroit on Tuesday. Williams's complaint names the Detroit Police Department.",
     {("Robert Williams", "lawsuit", "Detroit Police Department")}, False),
    # "X joined Y in prohibiting ...": X bans too
    ("Microsoft joined Google in suing Clearview AI.",
     {("Microsoft", "lawsuit", "Clearview AI"), ("Google", "lawsuit", "Clearview AI")}, True),
    # "The City Council" in a story about Minneapolis (named through its police): that city's council
    ("Minneapolis police barred from using facial recognition. The City Council approved an ordinance that prohibits the "
     "Minneapolis Police Department from using the technology.",
     {("Minneapolis City Council", "ban", "Minneapolis Police Department")}, True),
    # a court the text places but never names ("a Moscow court", "a court in Marseille") acts under that description;
    # "a federal jury" alone stays unnamed
    ("Russia blocked LinkedIn in 2016 after a Moscow court found that the network had broken the data localisation law.",
     {("Moscow court", "ruling", "LinkedIn")}, False),
    ("A court in Marseille has struck down a plan by the Provence-Alpes-C\u00f4te d'Azur region to trial facial "
     "recognition at two high schools.", {("Marseille court", "ruling", "Provence-Alpes-C\u00f4te d'Azur Region")}, True),
    ("A Luxembourg court ruled against Amazon on Thursday.", {("Luxembourg court", "ruling", "Amazon")}, True),
    ("A federal jury ruled against Meta on Friday.", {(None, "ruling", "Meta")}, True),
    # an order whose content is a ban is one act ("orders X blocked", "the order bans X"); an order that also
    # requires something more is two
    ("Italy's privacy watchdog orders DeepSeek blocked.", {("Italian Data Protection Authority", "ban", "DeepSeek")}, True),
    ("The FTC's proposed order also bans Cerebral from using health data for advertising.",
     {("Federal Trade Commission", "ban", "Cerebral")}, True),
    ("The FTC's order bars Rite Aid from using facial recognition for five years and requires the chain to delete "
     "the images.", {("Federal Trade Commission", "ban", "Rite Aid"), ("Federal Trade Commission", "order", "Rite Aid")}, True),
    # a class action's named plaintiffs stand for one class: the settlement is told once, with the first of them
    ("Clearview AI has agreed to pay $3 million to settle a class action accusing it of scraping faces. The suit was "
     "filed in 2021 by Chicago residents Maria Lopez, David Cohen and Janet Wu.",
     {("Clearview AI", "settlement", "Maria Lopez"), ("Maria Lopez", "lawsuit", "Clearview AI"),
      ("David Cohen", "lawsuit", "Clearview AI"), ("Janet Wu", "lawsuit", "Clearview AI")}, True),
    # a city's ban told again as its council's is one act, the city's
    ("Oakland banned city departments from using facial recognition on Tuesday. The City Council approved the ban "
     "unanimously.", {("Oakland", "ban", None)}, True),
    # "authorities across Europe": many regulators, none named (not the EU's own supervisor)
    ("Data protection authorities across Europe have fined Clearview AI about 100 million euros in total.",
     {(None, "fine", "Clearview AI")}, True),
    # ", prohibiting them from ...": the participle shares the sentence's subject, and "them" is the list just named
    ("The FTC on Tuesday announced orders against two data brokers, Gravy Analytics and Mobilewalla, prohibiting them "
     "from selling sensitive location data.",
     {("Federal Trade Commission", "order", "Gravy Analytics"), ("Federal Trade Commission", "order", "Mobilewalla"),
      ("Federal Trade Commission", "ban", "Gravy Analytics"), ("Federal Trade Commission", "ban", "Mobilewalla")}, True),
    # "the company" is none of the sentence's coordinated subjects
    ("Apple and Google told app developers to remove code made by the data broker X-Mode Social, effectively banning "
     "the company's tracking software from their stores.",
     {("Apple", "ban", "X-Mode Social"), ("Google", "ban", "X-Mode Social")}, True),
    # "and Malaysia followed": a state that does the same
    ("Indonesia blocked access to Grok on Saturday and Malaysia followed on Sunday.",
     {("Indonesian government", "ban", "Grok"), ("Malaysian government", "ban", "Grok")}, True),
    # after a headline, an indefinite party in the sentence below it may be named later ("a consumer rights group
    # ... The Verbraucherzentrale NRW had filed its application")
    ("German court lets Meta train AI on posts. A court in Cologne rejected a request by a German consumer rights group "
     "for an injunction that would have stopped Meta from using the posts. The Higher Regional Court said the use was "
     "lawful. The Verbraucherzentrale NRW had filed its application this month.",
     {("Verbraucherzentrale NRW", "lawsuit", "Meta")}, False),
    # "its High Court case against X": the court names where; the owner sues
    ("The Data Protection Commission ended its High Court case against Meta.",
     {("Data Protection Commission", "lawsuit", "Meta")}, True),
    # a regulator's "urgent proceedings" are in court, not an inquiry of its own
    ("The Data Protection Commission launched urgent proceedings against Meta on Tuesday.",
     {("Data Protection Commission", "lawsuit", "Meta")}, True),
    # ", among them A and B": the group the sentence opened with acts too
    ("The Authors Guild and 17 well-known writers, among them John Grisham and George R.R. Martin, have sued OpenAI.",
     {("Authors Guild", "lawsuit", "OpenAI"), ("John Grisham", "lawsuit", "OpenAI"),
      ("George R.R. Martin", "lawsuit", "OpenAI")}, True),
    # "and the art site DeviantArt": a description of the list's next item
    ("Getty Images sued Midjourney and the art site DeviantArt.",
     {("Getty Images", "lawsuit", "Midjourney"), ("Getty Images", "lawsuit", "DeviantArt")}, True),
    # "France fines X" in a story about its competition authority: the one regulator of France it names
    ("France fines Google 250 million euros in news dispute. The Autorit\u00e9 de la concurrence said Google had "
     "breached its commitments.", {("Autorit\u00e9 de la concurrence", "fine", "Google")}, False),
    # "and the Austrian group noyb": a nationality and a description introduce the next item of the list
    ("Complaints were lodged against Criteo by Privacy International and the Austrian group noyb.",
     {("Privacy International", "complaint", "Criteo"), ("noyb", "complaint", "Criteo")}, True),
    # "to seven companies, among them A, B and C": the list names whom the orders bind
    ("The FTC issued orders to seven companies, among them OpenAI, Meta and Snap.",
     {("Federal Trade Commission", "order", "OpenAI"), ("Federal Trade Commission", "order", "Meta"),
      ("Federal Trade Commission", "order", "Snap Inc.")}, True),
    # another party's accusation stands beside a suit; a finite "accused the company" is not its subject's own
    ("Dow Jones sued Perplexity on Monday. The lawsuit says Perplexity copied its journalism. Forbes and Wired had "
     "earlier accused the company of plagiarising their reporting.",
     {("Dow Jones & Company", "lawsuit", "Perplexity AI"), ("Forbes", "criticism", "Perplexity AI"),
      ("Wired", "criticism", "Perplexity AI")}, True),
    # "a lawsuit brought earlier this month in the Delhi High Court by X": the agent after a long aside
    ("Publishers sued OpenAI in Toronto. It follows a lawsuit brought earlier this month in the Delhi High Court by "
     "Indian news agency ANI against OpenAI.", {("Asian News International", "lawsuit", "OpenAI")}, True),
    # "The case against X was filed": a suit whose filer this sentence does not name
    ("The case against Suno was filed in federal court in Massachusetts.", {(None, "lawsuit", "Suno")}, True),
    # "Brussels ordered ...": the seat of power stands for the European Commission the story names
    ("The European Commission fined Google 2.95 billion euros. Brussels ordered the company to end the practices.",
     {("European Commission", "fine", "Google"), ("European Commission", "order", "Google")}, True),
    # an inspector general is a watchdog whose findings are rulings ("Homeland Security's inspector general has found")
    ("Homeland Security's inspector general has found that Customs and Border Protection and the Secret Service did "
     "not follow federal privacy rules when they bought location data.",
     {("DHS Office of Inspector General", "ruling", "Customs and Border Protection"),
      ("DHS Office of Inspector General", "ruling", "US Secret Service")}, True),
    # a company named in its own language, without its accents ("Companhia do Metropolitano de S\u00e3o Paulo"); the
    # state's public defender by its English name
    ("The Sao Paulo State Public Defender's Office sued the Companhia do Metropolitano de Sao Paulo over its cameras.",
     {("Defensoria P\u00fablica do Estado de S\u00e3o Paulo", "lawsuit", "Companhia do Metropolitano de S\u00e3o Paulo")},
     True),
    # "the department's inspector general": the inspector general's office of the department the story named
    ("Three Department of Homeland Security agencies broke federal law when they bought location data, the "
     "department's inspector general concluded. The watchdog found that U.S. Customs and Border Protection had not "
     "completed the required assessments.",
     {("DHS Office of Inspector General", "ruling", "Customs and Border Protection")}, False),
    # a name that opens with a common given name is a person ("Donald Trump attacked the penalty")
    ("The European Commission fined Google 2.95 billion euros. Hours later, President Donald Trump attacked the "
     "penalty as unfair.", {("European Commission", "fine", "Google"), ("Donald Trump", "criticism", "European Commission")},
     True),
    # ... and the one whose letter demanded, not the addressee inside its phrase
    ("Taylor Swift's cease-and-desist letter to college student Jack Sweeney, who posts the movements of her private "
     "jet online, demanded that he stop sharing her location.", {("Taylor Swift", "cease_and_desist", "Jack Sweeney")},
     True),
    # "Elon Musk's platform": the owner only says whose the platform is
    ("Ireland's Data Protection Commission has opened an investigation into Elon Musk's platform over Grok. X said it "
     "would cooperate.", {("Data Protection Commission", "investigation", "Twitter")}, True),
    # "and Detective X": a title introduces the list's next item
    ("Porcha Woodruff filed a lawsuit against the city of Detroit and Detective LaShauntia Oliver.",
     {("Porcha Woodruff", "lawsuit", "Detroit"), ("Porcha Woodruff", "lawsuit", "LaShauntia Oliver")}, True),
    ("The Home Office agreed to scrap its visa algorithm after a judicial review brought by Foxglove and the Joint "
     "Council for the Welfare of Immigrants.",
     {("Joint Council for the Welfare of Immigrants", "lawsuit", "Home Office")}, False),
    # a country's competition authority ("Germany's antitrust authority"); "backed X in its battle with Y": Y lost
    ("France's competition authority fined Google 250 million euros.",
     {("Autorit\u00e9 de la concurrence", "fine", "Google")}, True),
    ("The EU's top court on Tuesday backed Germany's antitrust authority in its long-running battle with Meta.",
     {("Court of Justice of the European Union", "ruling", "Meta")}, True),
    # "X has licensing agreements with A and B": A and B license X's content
    ("Reddit has licensing agreements with Google and OpenAI.",
     {("Google", "contract", "Reddit"), ("OpenAI", "contract", "Reddit")}, True),
    # "X found the city had not ... and ordered it to delete": the finder orders
    ("The Garante fined Trento 50,000 euros. The watchdog found the city had not anonymised the recordings and "
     "ordered it to delete all the data collected.",
     {("Italian Data Protection Authority", "fine", "Trento"), ("Italian Data Protection Authority", "order", "Trento")},
     True),
    # "The lawsuit accuses X of ...": a suit against X by plaintiffs the sentence does not name
    ("A class action filed in Illinois accuses Clearview AI of violating the state's biometric privacy law.",
     {(None, "lawsuit", "Clearview AI")}, True),
    # "allowed X's appeal against Y": as "upheld", against the appellant's opponent
    ("The Court of Appeal allowed Ed Bridges' appeal against South Wales Police.",
     {("Court of Appeal", "ruling", "South Wales Police"), ("Ed Bridges", "appeal", "South Wales Police")}, True),
    # critics the text does not name ("Privacy campaigners condemned ...") criticise as nobody named
    ("Privacy campaigners condemned Sainsbury's over its Facewatch trial.", {(None, "criticism", "Sainsbury's")}, False),
    # "subpoenaed" investigates; "The Dutch court" in a story naming no court acts under that description
    ("The Vermont attorney general subpoenaed Clearview AI.",
     {("Vermont Attorney General", "investigation", "Clearview AI")}, True),
    ("The Dutch court ordered Uber to reinstate six drivers.", {("Dutch court", "order", "Uber")}, True),
    # "has taken A and B to court": a suit against both, however long the list
    ("Big Brother Watch has taken the Home Office and the Metropolitan Police Service to court over the "
     "facial recognition plan.",
     {("Big Brother Watch", "lawsuit", "Home Office"), ("Big Brother Watch", "lawsuit", "Metropolitan Police Service")},
     True),
    # "asked the High Court to stop X from ...": a suit against X
    ("Liberty asked the High Court to stop the Metropolitan Police from using live facial recognition.",
     {("Liberty", "lawsuit", "Metropolitan Police Service")}, True),
    # "is seeking damages from X": a suit against X
    ("Robert Williams is seeking damages from the Detroit Police Department.",
     {("Robert Williams", "lawsuit", "Detroit Police Department")}, True),
    # a regulator's ban on "the practice" the story tells binds the company the sentence names
    ("The Dutch Data Protection Authority banned the practice in March and began fining Clearview AI a week later.",
     {("Dutch Data Protection Authority", "ban", "Clearview AI"), ("Dutch Data Protection Authority", "fine", "Clearview AI")},
     True),
    # "to settle with 30 states, a coalition led by X and Y said": a settlement with each leader
    ("Meta agreed to pay $50 million to settle with 30 states, a coalition led by the attorneys general of Ohio and "
     "Texas said on Friday.",
     {("Meta", "settlement", "Ohio Attorney General"), ("Meta", "settlement", "Texas Attorney General")}, True),
    # list members named after what they are ("the rights group X"), one followed by where it is from
    ("The complaint against Clearview AI was lodged by Privacy International, the Hermes Center, the rights group "
     "Harbourside Watch of the Algarve and the researcher Mara Lindqvist.",
     {("Privacy International", "complaint", "Clearview AI"),
      ("Hermes Center for Transparency and Digital Human Rights", "complaint", "Clearview AI"),
      ("Harbourside Watch", "complaint", "Clearview AI"), ("Mara Lindqvist", "complaint", "Clearview AI")}, True),
    # "together with consumer rights institute X": a plaintiff of another kind, named after what it is
    ("Meta was sued by the São Paulo State Public Defender's Office together with consumer rights institute Idec.",
     {("Defensoria Pública do Estado de São Paulo", "lawsuit", "Meta"),
      ("Brazilian Institute for Consumer Protection", "lawsuit", "Meta")}, True),
    # cases brought by people the story does not name: against the party the court rules on
    ("In two cases brought by couriers in Spain, the Madrid court found that Deliveroo had broken labour law.",
     {(None, "lawsuit", "Deliveroo"), ("Madrid court", "ruling", "Deliveroo")}, True),
    # "The petition, lodged by X, ...": the suit of the story, against the company it is about
    ("A judge in Lisbon ordered Clearview AI to delete its database of faces. The petition, lodged by Privacy "
     "International and two other charities, said the company had never asked for consent.",
     {("Lisbon judge", "order", "Clearview AI"), ("Privacy International", "lawsuit", "Clearview AI")}, True),
    # "declared X's system unlawful": a ruling against X, named or "the city" of the court
    ("The Hague District Court declared Clearview AI's database unlawful.",
     {("District Court of The Hague", "ruling", "Clearview AI")}, True),
    ("On Friday a Buenos Aires judge declared the city's face-matching cameras unconstitutional.",
     {("Buenos Aires judge", "ruling", "Buenos Aires City Government")}, True),
    # a list item followed by where it is ("X in Spain and Y"), or by when ("Google in February and OpenAI")
    ("The Agencia Española de Protección de Datos in Spain and Italy's Garante each fined Replika.",
     {("Spanish Data Protection Agency", "fine", "Replika"), ("Italian Data Protection Authority", "fine", "Replika")}, True),
    ("Reddit signed licensing deals with Google in February and OpenAI.",
     {("Google", "contract", "Reddit"), ("OpenAI", "contract", "Reddit")}, True),
    # "X's head of public policy, Name, dismissed the decision as flawed": the company's scorn, no ruling
    ("Ireland's Data Protection Commission fined Meta 390 million euros. Meta's head of public policy, Sarah Quill, "
     "dismissed the Irish decision as flawed.",
     {("Data Protection Commission", "fine", "Meta"), ("Meta", "criticism", "Data Protection Commission")}, True),
    # a ministry named for several remits is one body; "and the Ministry of ..." starts another
    ("The Ministry of Science, Technology and Innovation, the Ministry of Foreign Affairs and the Ministry of "
     "National Defense blocked DeepSeek.",
     {("Ministry of Science, Technology and Innovation", "ban", "DeepSeek"),
      ("Ministry of Foreign Affairs", "ban", "DeepSeek"), ("Ministry of National Defense", "ban", "DeepSeek")}, True),
    # "X did the same": the latest act of another party, with X acting; "state-run A & B" names a company
    ("The Garante blocked DeepSeek in January, and state-run Poste Italiane & Servizi did the same.",
     {("Italian Data Protection Authority", "ban", "DeepSeek"), ("Poste Italiane & Servizi", "ban", "DeepSeek")}, True),
    # "disabled the accounts, pages and apps tied to X": a platform's ban; "the researchers": the people named before
    ("Twitter disabled the accounts, pages and apps tied to Laura Ruiz and Tomas Berg. Weeks earlier Twitter had sent "
     "the researchers a letter demanding that they stop scraping the site.",
     {("Twitter", "ban", "Laura Ruiz"), ("Twitter", "ban", "Tomas Berg"), ("Twitter", "cease_and_desist", "Laura Ruiz"),
      ("Twitter", "cease_and_desist", "Tomas Berg")}, True),
    # a judge found by title is known later by surname; a district judge sits on no appeals court
    ("Clearview AI sued the city, and US District Judge Mara Lopez granted it an injunction. The city appealed, and "
     "the Ninth Circuit upheld the injunction. Last month Lopez found that Clearview AI had broken the law.",
     {("Mara Lopez", "ruling", "Clearview AI")}, False),
    # the court named before a ruling in its sentence makes it, not a court named later in the story
    ("A federal judge in Chicago on Friday granted final approval to a settlement of claims against Clearview AI. "
     "U.S. District Judge Mara Lopez praised the deal. Clearview had fought the class all the way to the Seventh "
     "Circuit Court of Appeals.", {("Mara Lopez", "ruling", "Clearview AI")}, False),
    # "the city", "the city government": the one city the text named, even inside a judge's description
    ("A Chicago judge has ruled that the city's use of predictive policing software was unlawful. Judge Mara Lopez "
     "found that the programme had run without oversight. In 2021 the American Civil Liberties Union criticised the "
     "city government.",
     {("Mara Lopez", "ruling", "Chicago"), ("American Civil Liberties Union", "criticism", "Chicago")}, True),
    # "The challenge had been brought by X": a suit told for the first time, not a repeat of the ruling
    ("The Court of Appeal ruled on Friday that the Metropolitan Police had acted unlawfully. The challenge had been "
     "brought by Liberty on behalf of a campaigner.",
     {("Court of Appeal", "ruling", "Metropolitan Police Service"), ("Liberty", "lawsuit", "Metropolitan Police Service")},
     True),
    # "It fined X" opening a paragraph's second sentence: the subject of the paragraph's first sentence (its
    # possessive "The authority's enforcement unit"), never the object of its own verb
    ("Norway's data protection authority ruled on Monday that the dating app broke the law.\n\nThe authority's "
     "enforcement unit found that Grindr had shared users' data with advertisers without valid consent. It fined "
     "Grindr 65 million crowns.",
     {("Norwegian Data Protection Authority", "ruling", "Grindr"), ("Norwegian Data Protection Authority", "fine", "Grindr")},
     True),
    # complaints told with an authority's fine in the same sentence are against the fined party
    ("Belgium's data protection authority fined IAB Europe on Wednesday. IAB Europe said it would appeal. In 2020 the "
     "CNIL fined Amazon 35 million euros after complaints by the privacy group noyb.",
     {("noyb", "complaint", "Amazon")}, False),
    # "the regulator" far from the one regulator the story named: that regulator (not one of a country named later)
    ("Belgium's data protection authority ruled on Wednesday against the consent system used by much of the online "
     "advertising industry. The framework, designed by the trade body IAB Europe, is behind many of the cookie pop-ups "
     "shown to Europeans, and thousands of websites and advertising technology companies rely on the strings of user "
     "preferences that the system generates and passes between auction platforms, publishers, data brokers and "
     "advertisers many times each second. Privacy campaigners have argued for years that the pop-ups give people no "
     "real choice, that the preference strings travel far beyond the sites where they were collected, and that nobody "
     "could say who was responsible for them. Crucially, the regulator concluded that IAB Europe acts as a data "
     "controller for those strings.",
     {("Belgian Data Protection Authority", "ruling", "IAB Europe")}, True),
    # "a complaint that Dutch privacy campaigner X filed against Y": a person's role before the relative clause's subject
    ("The dispute began with a complaint that Dutch privacy campaigner Anna Vries filed against TikTok in 2021.",
     {("Anna Vries", "complaint", "TikTok")}, True),
    # "X's head of public policy, A, and its general counsel, B,": both speak for X
    ("The European Commission fined Google 4.3 billion euros. Google's head of public policy, Mara Quill, and its "
     "general counsel, Tom Aster, criticised the decision.",
     {("European Commission", "fine", "Google"), ("Google", "criticism", "European Commission")}, True),
    # "Spain's privacy watchdogs concluded": a plural names the country's authority
    ("Glovo broke Spanish privacy law by tracking couriers, Spain's privacy watchdogs concluded on Wednesday.",
     {("Spanish Data Protection Agency", "ruling", "Glovo")}, True),
    # "proposed class-action lawsuits" are filed suits, the hyphen notwithstanding
    ("Glovo also faces proposed class-action lawsuits in Madrid over the tracking.", {(None, "lawsuit", "Glovo")}, True),
    # "examined the data practices of" the companies a plural description lists; "..., and in July it fined X":
    # the subject of the clause before, past the parties named in between
    ("Japan's privacy regulator fined Meta. It has examined the data practices of the Chinese shopping platforms "
     "Shein and Temu, and in July it fined Shein 1 billion yen.",
     {("Japan Personal Information Protection Commission", "fine", "Meta"),
      ("Japan Personal Information Protection Commission", "investigation", "Shein"),
      ("Japan Personal Information Protection Commission", "investigation", "Temu"),
      ("Japan Personal Information Protection Commission", "fine", "Shein")}, True),
    # "opened a security review of X" investigates X; "Weeks later it barred X": the subject of the sentence before,
    # past the parties named at its end
    ("The CAC opened a security review of Didi Global in 2021, days after its listing on the New York Stock Exchange. "
     "Weeks later it barred Didi Global from signing up new users.",
     {("Cyberspace Administration of China", "investigation", "Didi Global"),
      ("Cyberspace Administration of China", "ban", "Didi Global")}, True),
    # "The settlement includes a $2m penalty ..., the agency said": the reporting authority's penalty on its
    # other side in the settlement
    ("BetterHelp will pay 7.8 million dollars to resolve Federal Trade Commission charges. The settlement includes a "
     "2 million dollar penalty for deceiving users, the agency said.",
     {("BetterHelp", "settlement", "Federal Trade Commission"), ("Federal Trade Commission", "fine", "BetterHelp")}, True),
    # a platform that shuts down accounts and cuts off their access bans their holders; it withdraws nothing
    ("Twitter has shut down the accounts of two Stanford University researchers and cut off their access to its data.",
     {("Twitter", "ban", "Stanford University")}, True),
    # "appealed that decision": the decision told last (against a company of the appellant's group)
    ("The CNIL fined Amazon 32 million euros in January. In 2021 Luxembourg's data protection authority, the CNPD, "
     "fined Amazon Europe Core 746 million euros. Amazon appealed that decision in the Luxembourg courts.",
     {("CNIL", "fine", "Amazon"), ("Luxembourg National Commission for Data Protection", "fine", "Amazon Europe Core"),
      ("Amazon", "appeal", "Luxembourg National Commission for Data Protection")}, True),
    # an appeal ruled on in its sentence is against the authority ruled on; an authority that challenges "that
    # ruling" appeals against the side that brought the case
    ("The CNIL fined Clearview AI 20 million euros in 2022, and the CNIL later ordered it to delete its data. The ICO "
     "had fined the firm 7.5 million pounds. Clearview appealed, and in 2023 the First-tier Tribunal ruled that the ICO "
     "lacked jurisdiction. The ICO has since sought permission to challenge that ruling.",
     {("CNIL", "fine", "Clearview AI"), ("CNIL", "order", "Clearview AI"),
      ("Information Commissioner's Office", "fine", "Clearview AI"),
      ("Clearview AI", "appeal", "Information Commissioner's Office"),
      ("First-tier Tribunal", "ruling", "Information Commissioner's Office"),
      ("Information Commissioner's Office", "appeal", "Clearview AI")}, True),
    # a suit filed by agents the story does not name and one it names: the named one sues
    ("A judge ruled against Clearview AI on Monday. The suit had been filed by several privacy groups and the ACLU.",
     {("American Civil Liberties Union", "lawsuit", "Clearview AI")}, False),
    # people named by the body they work for bring its suit; the suit is against whom they accuse
    ("A federal judge dismissed a lawsuit brought by reporters at the New York Times who accused NSO Group of "
     "hacking their phones.", {("New York Times", "lawsuit", "NSO Group")}, False),
    ("NSO Group was sued in 2020 by journalists at the New York Times.",
     {("New York Times", "lawsuit", "NSO Group")}, True),
    # an authority overrules another; the relative pronoun, past its adverbials, is the subject of the verb after
    # them, and the object pronoun after that verb is not the relative's antecedent
    ("The European Data Protection Board overruled Ireland's Data Protection Commission in July.",
     {("European Data Protection Board", "ruling", "Data Protection Commission")}, True),
    ("Ireland's Data Protection Commission fined TikTok €345 million on Friday. The watchdog had been overruled by the "
     "European Data Protection Board, which in a binding decision in August instructed it to add a finding of unfairness.",
     {("Data Protection Commission", "fine", "TikTok"),
      ("European Data Protection Board", "order", "Data Protection Commission")}, True),
    # a fine an authority was told to impose is its own, not that of the one who told it
    ("Ireland's Data Protection Commission fined TikTok on Friday. It was told to impose the penalty by the European "
     "Data Protection Board.", {("Data Protection Commission", "fine", "TikTok")}, True),
    # the decisions that overruled a regulator conclude complaints against the company, not against that regulator
    ("The DPC fined Meta €390 million after the European Data Protection Board overruled the Irish regulator. Those "
     "rulings, which came after binding decisions by the board, settle complaints that noyb filed in 2018.",
     {("Data Protection Commission", "fine", "Meta"),
      ("European Data Protection Board", "ruling", "Data Protection Commission"), ("noyb", "complaint", "Meta")}, True),
    # "X and Y are among the companies that have used ...": the subject of "are" uses it
    ("Goldman Sachs and Vodafone were among the employers that had used HireVue's interviews.",
     {("Goldman Sachs", "contract", "HireVue"), ("Vodafone", "contract", "HireVue")}, True),
    ("The NYPD was one of the agencies that bought Clearview AI's app.",
     {("New York City Police Department", "contract", "Clearview AI")}, True),
    # a supplier's customers introduced by a plural ("to agencies, including X")
    ("Fog Data Science has sold phone location data to police forces, including the Maryland State Police.",
     {("Maryland State Police", "contract", "Fog Data Science")}, True),
    # "the Palantir-based system": built on the vendor's product (unlike "the Microsoft-owned site")
    ("Hamburg police have used a Palantir-based system since 2019.", {("Hamburg Police", "contract", "Palantir")}, True),
    # an object relative on a vendor's product: "the NEC software it used"
    ("The Met had not tested the NEC system that it deployed.",
     {("Metropolitan Police Service", "contract", "NEC")}, True),
    # "X revealed that A and B were ... and referred the two retailers to the regulator": the verb's objects are not
    # its subject; the one who revealed refers them (the consumer group Choice in title case, too)
    ("In 2022 the consumer group Choice revealed that Kmart and Bunnings were scanning shoppers' faces and referred the "
     "two retailers to the privacy regulator.",
     {("CHOICE", "complaint", "Bunnings"), ("CHOICE", "complaint", "Kmart Australia")}, True),
    # an amount restated between commas does not end the fined party's phrase: it is the one that used the app
    ("Norway's data protection authority fined the Oslo police 2 million crowns, about €180,000, for using Clearview AI.",
     {("Norwegian Data Protection Authority", "fine", "Oslo police"), ("Oslo police", "contract", "Clearview AI")}, True),
    # a currency code before its amount is no part of the name before it
    ("Norway's data protection authority fined the city of Oslo NOK 2 million for using Clearview AI.",
     {("Norwegian Data Protection Authority", "fine", "Oslo"), ("Oslo", "contract", "Clearview AI")}, True),
    # cities that "followed within weeks" ban as the city before them did (not: were banned by it)
    ("Oakland banned the technology in July 2019, and Somerville, Massachusetts, and Brookline followed within weeks.",
     {("Oakland", "ban", None), ("Somerville, Massachusetts", "ban", None), ("Brookline, Massachusetts", "ban", None)},
     True),
    # what a ban stops city departments "from using" is the technology, not the council that bans it
    ("Portland banned facial recognition last year. This spring Boston's City Council voted to bar municipal agencies "
     "from using it.", {("Portland", "ban", None), ("Boston City Council", "ban", None)}, True),
    # retreats one is prompted or led to ("prompted IBM to withdraw from", "led Amazon to stop selling ... to")
    ("Last summer's protests prompted Axon to withdraw from the face recognition market and led Microsoft and Amazon "
     "to stop selling the software to police forces.",
     {("Axon", "withdrawal", None), ("Amazon", "withdrawal", None), ("Microsoft", "withdrawal", None)}, True),
    # "X said ... . The company said ...": a speaker opening its sentence goes on from the one before
    ("Meta is suing Voyager Labs, accusing the surveillance firm of running thousands of fake profiles. Voyager used "
     "those profiles to gather posts and photos. Meta said Voyager designed its tools to hide what it did. The company "
     "said it had disabled the accounts linked to Voyager.",
     {("Meta", "lawsuit", "Voyager Labs"), ("Meta", "ban", "Voyager Labs")}, False),
    # "Facebook and Instagram users": both platforms, as the pair is read
    ("Clearview AI scraped photos of Facebook and Instagram users.",
     {("Clearview AI", "data_collection", "Facebook"), ("Clearview AI", "data_collection", "Instagram")}, True),
    # "brought a claim at an employment tribunal": against the other side of the settlement told before
    ("Deliveroo has paid a settlement to a rider, Yaseen Aslam. Aslam, who had worked for Deliveroo since 2018, brought "
     "a claim at an employment tribunal alleging race discrimination.",
     {("Deliveroo", "settlement", "Yaseen Aslam"), ("Yaseen Aslam", "lawsuit", "Deliveroo")}, True),
    # a platform that removes a user from it, or deactivates the user's account, bans the user; "him" reaches back
    # to the one person the text has named
    ("Yaseen Aslam, who had delivered food for Deliveroo since 2018, said the selfie checks failed to match his photos "
     "again and again over several weeks, although he had not changed his appearance. Deliveroo cited repeated "
     "mismatches when it removed him from the platform.", {("Deliveroo", "ban", "Yaseen Aslam")}, True),
    ("Uber deactivated Yaseen Aslam's account in 2021.", {("Uber", "ban", "Yaseen Aslam")}, True),
    # "Last month it reached ... Days later it banned Y": the "it" that opened the sentence before, past its adverbial
    ("The FTC has stepped up its work on brokers. In January it reached a deal with Avast, barring the antivirus firm "
     "from selling browsing data. Weeks later it banned Kochava from selling location data.",
     {("Federal Trade Commission", "settlement", "Avast"), ("Federal Trade Commission", "ban", "Avast"),
      ("Federal Trade Commission", "ban", "Kochava")}, True),
    # a judge named after a first initial is known by surname later; "..., ruling that" is the sentence subject's
    ("U.S. District Judge B. Lynn Winmill rejected a motion by the data broker Kochava. Winmill threw out the FTC's "
     "first complaint last spring, ruling that it had failed to show any real harm.",
     {("B. Lynn Winmill", "ruling", "Kochava"), ("B. Lynn Winmill", "ruling", "Federal Trade Commission"),
      ("Federal Trade Commission", "lawsuit", "Kochava")}, True),
    # an accusation paragraphs after the suits is a statement of its own; "write rules through litigation" is no suit
    ("The FTC sued Kochava in 2022. Kochava sued the agency first. The judge let the case go on. The agency refiled "
     "its complaint. The FTC also fined Avast. Kochava has accused the regulator of trying to set privacy policy through "
     "litigation.", {("Kochava", "criticism", "Federal Trade Commission")}, False),
    # "It" opening a sentence goes on from the description that opened the one before, past a long relative clause
    ("TikTok has been fined by Ireland's Data Protection Commission. The regulator, which leads on the app across Europe "
     "because the firm's EU arm is based in Dublin, concluded that TikTok had broken the transfer rules. It ordered the "
     "company to stop sending data to China.",
     {("Data Protection Commission", "fine", "TikTok"), ("Data Protection Commission", "ruling", "TikTok"),
      ("Data Protection Commission", "order", "TikTok")}, True),
    # "The investigation began after ...": the inquiry behind the decision the story told
    ("Italy's data protection authority has fined Replika's maker Luka Inc. The investigation began after users "
     "complained to the consumer group Altroconsumo.",
     {("Italian Data Protection Authority", "fine", "Luka Inc"), ("Italian Data Protection Authority", "investigation",
                                                                  "Luka Inc")}, False),
    # "..., the authority found, leaving ...": a finding on the subject of the clause it reports, past an opening
    # adverbial clause
    ("The Dutch Data Protection Authority has fined Uber. After the EU's top court struck down the Privacy Shield in "
     "2020, Uber kept moving data to the US, the authority found, leaving drivers unprotected.",
     {("Dutch Data Protection Authority", "fine", "Uber"), ("Dutch Data Protection Authority", "ruling", "Uber")}, False),
    # "X and Y have each settled": each with its own plaintiffs, not with one another
    ("Snap and Google have each settled privacy class actions in Illinois.",
     {("Snap Inc.", "settlement", None), ("Google", "settlement", None), (None, "lawsuit", "Snap Inc."),
      (None, "lawsuit", "Google")}, True),
    # "a case brought against X by Y": Y sues X
    ("The question reached the judges in a case brought against the burger chain White Castle by Latrina Cothron, a "
     "manager at one of its outlets.", {("Latrina Cothron", "lawsuit", "White Castle")}, True),
    # a judge called only "Judge" is a trial judge: not the one appeals court the story names
    ("The Ninth Circuit sided with Clearview AI in 2021. In March, Judge Edward Chen found that Voyager Labs had "
     "breached Meta's terms.", {("Edward Chen", "ruling", "Voyager Labs")}, False),
    # "After X sent Y a letter, Y sued": against X; "The dispute ended with a settlement in which Y agreed": with X
    ("X sued Bright Data in 2023. After Meta sent Octopus Data a cease-and-desist letter in 2020, Octopus Data sued, "
     "and the fight went on for two years. It ended in 2022 with a settlement in which Octopus Data agreed to stop "
     "scraping.", {("Octopus Data", "lawsuit", "Meta"), ("Octopus Data", "settlement", "Meta")}, False),
    # a name after its body's description ("the consumer organisation of North Rhine-Westphalia, X"): X brought it,
    # and the place the body is of is no party
    ("Meta wants to train its AI on public posts. The court in Cologne turned down a request for an injunction brought "
     "by the consumer organisation of North Rhine-Westphalia, Verbraucherzentrale NRW, last week.",
     {("Cologne court", "ruling", "Verbraucherzentrale NRW"), ("Verbraucherzentrale NRW", "lawsuit", "Meta")}, True),
    # "IBM went further. ..., chief executive X said the company no longer offered ...": the company that opened the
    # sentence before, when the speaker's sentence names none
    ("Amazon paused police use of Rekognition. IBM went further. In a note to senators, chief executive Arvind Krishna "
     "said the company no longer sold general-purpose face recognition products.",
     {("Amazon", "withdrawal", None), ("IBM", "withdrawal", None)}, False),
    # "ended a pilot of the software": a retreat; "the sheriff's office in Oregon": where the office is, no customer
    ("The Baltimore Police Department ended a trial of the software in 2021.",
     {("Baltimore Police Department", "withdrawal", None)}, True),
    ("Clearview's customers have included the Miami Police Department in Florida.",
     {("Miami Police Department", "contract", "Clearview AI")}, True),
    # "the Moscow city authorities": the city's government
    ("In 2020 the lawyer Ekaterina Abashina sued the Moscow city authorities over the cameras.",
     {("Ekaterina Abashina", "lawsuit", "Moscow City Government")}, True),
    # a measure one proposes to tighten exists: it is no proposal itself
    ("The FTC sued Kochava last year. This spring the agency proposed amending a 2019 privacy order against Facebook.",
     {("Federal Trade Commission", "lawsuit", "Kochava"), ("Federal Trade Commission", "order", "Facebook")}, True),
    # ... and "referred them to the regulator": "them" are the parties of the that-clause
    ("In 2022 the consumer group Choice revealed that Kmart and Bunnings were scanning shoppers' faces and referred them "
     "to the privacy regulator.", {("CHOICE", "complaint", "Bunnings"), ("CHOICE", "complaint", "Kmart Australia")}, True),
    # "the government suspended its activities": the operations of the company the story opened with
    ("Worldcoin, whose backers include OpenAI boss Sam Altman, began scanning irises in Nairobi last summer. A week "
     "later the government of Kenya suspended its activities.", {("Kenya", "ban", "Worldcoin")}, True),
    # a description in a comma clause after the object of its sentence's verb is that object, not the story's subject
    ("Kochava has fought the FTC since 2022, and Kochava says it obeys the law. In January the commission banned "
     "Mobilewalla from selling sensitive location data, in an order that also required the company to delete the data.",
     {("Federal Trade Commission", "ban", "Mobilewalla"), ("Federal Trade Commission", "order", "Mobilewalla")}, True),
    ("The Dutch regulator has spent two years on Clearview AI, and Clearview says it is not subject to EU law. In 2021 "
     "the regulator fined Uber €10 million for failing to disclose drivers' data, a sanction the ride-hailing company is "
     "appealing.", {("Dutch Data Protection Authority", "fine", "Uber"),
                    ("Uber", "appeal", "Dutch Data Protection Authority")}, True),
    # a description opening its sentence goes on from the one compatible party of the sentence before ...
    ("Clearview AI faces a suit from Vermont, and Clearview denies wrongdoing. Clearview has been sued many times. The "
     "step is part of a broader push by Google against scrapers. Last year the company removed hundreds of accounts "
     "linked to PimEyes.", {("Vermont", "lawsuit", "Clearview AI"), ("Google", "ban", "PimEyes")}, True),
    # "X's A, Y's B and Z's C", "the A, the B and the C": one list of named authorities ...
    ("Meta sued Voyager Labs in 2023. TikTok has been penalised in Europe as well, where Ireland's Data Protection "
     "Commission, France's CNIL and the Dutch Data Protection Authority each fined it.",
     {("Meta", "lawsuit", "Voyager Labs"), ("Data Protection Commission", "fine", "TikTok"), ("CNIL", "fine", "TikTok"),
      ("Dutch Data Protection Authority", "fine", "TikTok")}, True),
    ("Uber settled with drivers in 2021. A year later the ICO, the Hellenic Data Protection Authority and the CNIL "
     "fined Clearview AI.", {("Information Commissioner's Office", "fine", "Clearview AI"),
                             ("Hellenic Data Protection Authority", "fine", "Clearview AI"),
                             ("CNIL", "fine", "Clearview AI")}, False),
    # ... and an act told twice in one sentence, once without its agents, is theirs, not an earlier authority's
    ("The ICO ordered Clearview AI to delete images in 2022. The startup has been penalised elsewhere too, where "
     "Italy's Garante and Greece's Hellenic Data Protection Authority each fined it.",
     {("Information Commissioner's Office", "order", "Clearview AI"),
      ("Italian Data Protection Authority", "fine", "Clearview AI"),
      ("Hellenic Data Protection Authority", "fine", "Clearview AI")}, True),
    # a description as the object of its sentence's verb goes on from the one compatible party of the sentence
    # before, when its own names none; a place may describe it ("the Georgia company") ...
    ("The FTC settled with X-Mode Social last week, and X-Mode Social agreed to stop. The agency is also fighting "
     "another broker, Mobilewalla, in court. The FTC sued the Georgia company in 2024.",
     {("Federal Trade Commission", "settlement", "X-Mode Social"), ("Federal Trade Commission", "lawsuit", "Mobilewalla")},
     True),
    ("The FTC settled with X-Mode Social last week, and X-Mode Social agreed to stop. The agency is also fighting "
     "another broker, Mobilewalla, in court. The FTC sued the company in 2024.",
     {("Federal Trade Commission", "settlement", "X-Mode Social"), ("Federal Trade Commission", "lawsuit", "Mobilewalla")},
     True),
    # ... but a place where something happened is no antecedent
    ("The FTC sued Kochava on Monday. The complaint, lodged in federal court in Idaho, asks a judge to halt the sales. "
     "Kochava had sued the agency earlier this month.",
     {("Federal Trade Commission", "lawsuit", "Kochava"), ("Kochava", "lawsuit", "Federal Trade Commission")}, True),
    # "put X on its entity list" bans X; "restricted imports of cameras made by X" bans X's products
    ("In 2021 the Commerce Department put the Israeli spyware firms NSO Group and Candiru on its entity list.",
     {("US Department of Commerce", "ban", "NSO Group"), ("US Department of Commerce", "ban", "Candiru")}, True),
    ("The FCC has restricted imports of cameras made by the Chinese manufacturers Hikvision and Dahua.",
     {("Federal Communications Commission", "ban", "Hikvision"),
      ("Federal Communications Commission", "ban", "Dahua Technology")}, True),
    # "disabled the accounts, pages and apps of X, Y and others": a ban of each named holder
    ("Facebook said it had disabled the accounts, pages and apps of James Farrar, Ayo Adeyemi and others who "
     "organised the campaign.", {("Facebook", "ban", "James Farrar"), ("Facebook", "ban", "Ayo Adeyemi")}, True),
    # "The challenge was brought in 2021 by X": a suit told for the first time, even with a time between
    ("A London court quashed the Metropolitan Police's use of live facial recognition on Tuesday. The challenge was "
     "brought in 2021 by Big Brother Watch and Liberty.",
     {("London court", "ruling", "Metropolitan Police Service"), ("Big Brother Watch", "lawsuit", "Metropolitan Police Service"),
      ("Liberty", "lawsuit", "Metropolitan Police Service")}, True),
    # "A Chinese appeals court has ordered ...": a court the lede leaves unnamed is the one named next
    ("A Chinese appeals court has ordered Hangzhou Safari Park to erase a visitor's fingerprints as well as his face "
     "scans. The Hangzhou Intermediate People's Court said the park had no right to keep them.",
     {("Hangzhou Intermediate People's Court", "order", "Hangzhou Safari Park")}, False),
    # "the 9th US Circuit Court of Appeals": the circuit, written without the full stops
    ("Clario sued Meta in 2022. The 9th US Circuit Court of Appeals later sided with Meta.",
     {("Clario", "lawsuit", "Meta"), ("US Court of Appeals for the Ninth Circuit", "ruling", "Meta")}, True),
    # "brought a claim of unfair dismissal ... at an employment tribunal against Amazon"
    ("A former warehouse worker, Tomas Rivera, brought a claim of unfair dismissal and race discrimination at an "
     "employment tribunal against Amazon.", {("Tomas Rivera", "lawsuit", "Amazon")}, True),
    # "fined X 150 million euros in January over ... and Y 60 million euros": Y is fined too
    ("The CNIL fined Google 150 million euros in January over cookie banners and Facebook 60 million euros for the "
     "same failings.", {("CNIL", "fine", "Google"), ("CNIL", "fine", "Facebook")}, True),
    # "... revealed that A, B and C were scanning faces and referred all three to X": the revealer complains of each
    ("Big Brother Watch revealed that Sports Direct, Home Bargains and Southern Co-op were scanning shoppers' faces and "
     "referred all three to the Information Commissioner's Office.",
     {("Big Brother Watch", "complaint", "Sports Direct"), ("Big Brother Watch", "complaint", "Home Bargains"),
      ("Big Brother Watch", "complaint", "Southern Co-op")}, True),
    # "a complaint filed by privacy groups, among them noyb": the named one files it
    ("The Garante fined Clearview AI 20 million euros. The fine followed a complaint filed by privacy groups, among them "
     "noyb, which said the scraping was unlawful.",
     {("Italian Data Protection Authority", "fine", "Clearview AI"), ("noyb", "complaint", "Clearview AI")}, True),
    # "brought by a coalition of groups including A, known as X, and B, which was later joined by C": A and B
    ("The Hague District Court ordered the Dutch government to stop using the welfare algorithm. The case was brought "
     "by a coalition of groups including the Irish Council for Civil Liberties, known as ICCL, and Privacy "
     "International, which was later joined by Amnesty International.",
     {("District Court of The Hague", "order", "Dutch government"),
      ("Irish Council for Civil Liberties", "lawsuit", "Dutch government"),
      ("Privacy International", "lawsuit", "Dutch government")}, False),
    # "dismissed his claim": the ruling goes against the claimant
    ("Ed Bridges sued South Wales Police in 2018. A year later the High Court dismissed his claim.",
     {("Ed Bridges", "lawsuit", "South Wales Police"), ("High Court", "ruling", "Ed Bridges")}, True),
    # "both companies" far from their list: the two the story is about, not the owner named with one of them
    ("The Personal Information Protection Commission fined Alphabet's Google and Meta in September for tracking users "
     "without consent. According to the commission, the consent screen that people saw when they signed up was set to "
     "agree by default and was tucked behind a further menu, and the data policy was buried in a long text. Google said "
     "it disagreed, and Meta said it might appeal. The commission ordered both companies to ask users for clear "
     "consent.", {("Personal Information Protection Commission", "order", "Google"),
                  ("Personal Information Protection Commission", "order", "Meta")}, False),
    # "Brad Smith, the company's president": a person of the company, not the company; "X chief executive Y told
    # senators in a letter that the company ...": X
    ("Microsoft said it would not sell face recognition to police. Brad Smith, the company's president, said the pause "
     "would last until a federal law was passed. On Monday, IBM chief executive Arvind Krishna told senators in a "
     "letter that the company would no longer offer facial analysis software.",
     {("Microsoft", "withdrawal", None), ("IBM", "withdrawal", None)}, True),
    # "has asked the tribunal for permission to take the case to the Upper Tribunal": an appeal, and the court a case
    # is taken to is not the one the lede left unnamed
    ("A tribunal overturned the ICO's fine on Clearview AI last month. The ICO has asked the tribunal for permission to "
     "take the case to the Upper Tribunal.",
     {("Information Commissioner's Office", "fine", "Clearview AI"),
      ("Information Commissioner's Office", "appeal", "Clearview AI")}, True),
    # "The class action, first brought in 2020 by users in Illinois, accused X": a suit of people the text does not name
    ("The class action, first brought in 2020 by users in Illinois, accused TikTok of harvesting faceprints.",
     {(None, "lawsuit", "TikTok")}, True),
    # "rejected its argument": the argument of a party other than the court; "asked the Supreme Court to take up the
    # case": an appeal
    ("Facebook fought the suit for years. The Ninth Circuit Court of Appeals in 2019 rejected its argument that users "
     "had suffered no harm.", {("US Court of Appeals for the Ninth Circuit", "ruling", "Facebook")}, True),
    ("Facebook fought the suit for years, and in 2019 it asked the Supreme Court to take up the case.",
     {("Facebook", "appeal", None)}, True),
    # "X, a Dutch digital rights group, which filed a complaint": "which" is X, past the apposition
    ("The Dutch regulator fined Clearview AI. The case began after residents turned to Bits of Freedom, a Dutch digital "
     "rights group, which filed a complaint with the regulator.",
     {("Dutch Data Protection Authority", "fine", "Clearview AI"), ("Bits of Freedom", "complaint", "Clearview AI")}, True),
    # "the police department had tested its software": the vendor's software, not the force's own
    ("Clearview AI sells a face search tool. Records showed that the Chicago Police Department had tested its software "
     "in 2020.", {("Chicago Police Department", "contract", "Clearview AI")}, True),
    # "has since sought permission to challenge that ruling": asking leave is a step of the appeal, no hedge
    ("A tribunal overturned the ICO's fine on Clearview AI in 2023. The ICO has since sought permission to challenge "
     "that ruling.", {("Information Commissioner's Office", "fine", "Clearview AI"),
                      ("Information Commissioner's Office", "appeal", "Clearview AI")}, False),
    # "asked the court to lift the measure": against the maker of the measure told last; "the court rejected the
    # request": a court that rejects decides
    ("Portugal's data protection authority suspended Worldcoin in March, and the CNPD said minors had signed up. A week "
     "earlier Spain's data protection agency had banned the project for three months. Worldcoin asked the National "
     "High Court to lift the measure, but the court rejected the request.",
     {("Portuguese Data Protection Authority", "ban", "Worldcoin"), ("Spanish Data Protection Agency", "ban", "Worldcoin"),
      ("Worldcoin", "appeal", "Spanish Data Protection Agency"), ("Audiencia Nacional", "ruling", "Worldcoin")}, True),
    # "X concluded that Y had ... . Its investigation showed ...": the subject of the sentence before, not the party
    # inside what it found
    ("The data protection authority, IMY, concluded that the Swedish Police Authority had broken the law. Its "
     "investigation showed that officers had used Clearview AI.",
     {("Swedish Authority for Privacy Protection", "ruling", "Swedish Police Authority"),
      ("Swedish Authority for Privacy Protection", "investigation", "Swedish Police Authority"),
      ("Swedish Police Authority", "contract", "Clearview AI")}, True),
    # "The regulator's investigation found that X had not ...": X was investigated
    ("The ICO ordered Serco Leisure and Serco Jersey to stop the scans, and Serco Jersey said it would comply. The "
     "regulator's investigation found that Serco Leisure had not considered less intrusive methods.",
     {("Information Commissioner's Office", "order", "Serco Leisure"), ("Information Commissioner's Office", "order", "Serco Jersey"),
      ("Information Commissioner's Office", "investigation", "Serco Leisure")}, True),
    # a time phrase may open the clause a finding reports, before its subject
    ("The Hamburg regulator found that after a software update in 2021 Clearview AI collected the faces of German users.",
     {("Hamburg Commissioner for Data Protection and Freedom of Information", "ruling", "Clearview AI")}, True),
    # retreats: "stopped the facial scanning", "pulled its product out of"
    ("Canadian Tire stopped the facial scanning at its stores in 2021.", {("Canadian Tire", "withdrawal", None)}, True),
    ("Clearview AI pulled its product out of Canada in 2020, while the inquiry was under way.",
     {("Clearview AI", "withdrawal", None)}, True),
    # a finding told before its finder: "..., the regulator has decided."
    ("The Swedish Police Authority used Clearview AI unlawfully, the Swedish privacy regulator has decided.",
     {("Swedish Authority for Privacy Protection", "ruling", "Swedish Police Authority"),
      ("Swedish Police Authority", "contract", "Clearview AI")}, True),
    # a platform that cuts off a party's access bans it
    ("LinkedIn cut off hiQ's access to member profiles in 2017.", {("LinkedIn", "ban", "hiQ Labs")}, True),
    # a list item named after its country: "X, the Dutch Y and the Greek group Z"
    ("On Tuesday Big Brother Watch, the Dutch Bits of Freedom and the Greek group Homo Digitalis filed complaints "
     "against PimEyes.",
     {("Big Brother Watch", "complaint", "PimEyes"), ("Bits of Freedom", "complaint", "PimEyes"),
      ("Homo Digitalis", "complaint", "PimEyes")}, True),
    # a court that refuses to quash an order rules against the one it binds, though the order is told again later
    ("Quebec's Superior Court refused to quash an order requiring Clearview AI to stop collecting images of "
     "Quebecers. The order was issued in 2021 by the Commission d'acc\u00e8s \u00e0 l'information.",
     {("Commission d'acc\u00e8s \u00e0 l'information du Qu\u00e9bec", "order", "Clearview AI"),
      ("Superior Court", "ruling", "Clearview AI")}, True),
    # "ordered X, a long description, to pay ... in penalties": a fine
    ("Norway's data protection authority ordered Grindr, the dating app for gay and bisexual men, to pay 65 million "
     "kroner in penalties.", {("Norwegian Data Protection Authority", "fine", "Grindr")}, True),
    # "a small firm, Name, ...": the name set off by commas after its description
    ("The ANPD fined a Brazilian telemarketing firm, Telekall Infoservice, 14,400 reais in July 2023.",
     {("Brazilian Data Protection Authority", "fine", "Telekall Infoservice")}, True),
    ("The ANPD fined Telekall Infoservice for selling the WhatsApp contacts of voters. The ANPD's investigation, "
     "which started in 2022, found that Telekall had no legal basis.",
     {("Brazilian Data Protection Authority", "fine", "Telekall Infoservice"),
      ("Brazilian Data Protection Authority", "investigation", "Telekall Infoservice"),
      ("Brazilian Data Protection Authority", "ruling", "Telekall Infoservice")}, True),
    # "the minister's appeal": the minister the story names
    ("The Minister of Police appealed the ruling in favour of amaBhungane. The Constitutional Court dismissed the "
     "minister's appeal in 2021.",
     {("Constitutional Court", "ruling", "Minister of Police"), ("Minister of Police", "appeal", None)}, True),
    # "X, Y and Z have challenged their penalties": each its own, imposed by the authority that fined them
    ("The FCC fined AT&T, Verizon, T-Mobile and Sprint in April 2024. Verizon, T-Mobile and Sprint have challenged "
     "their penalties in appeals courts.",
     {("Federal Communications Commission", "fine", "AT&T"), ("Federal Communications Commission", "fine", "Verizon"),
      ("Federal Communications Commission", "fine", "T-Mobile"),
      ("Federal Communications Commission", "fine", "Sprint Corporation"),
      ("Verizon", "appeal", "Federal Communications Commission"), ("T-Mobile", "appeal", "Federal Communications Commission"),
      ("Sprint Corporation", "appeal", "Federal Communications Commission")}, True),
    # a court that throws out a fine rules against its maker; "the carrier's challenge that ..." is an appeal
    ("The Fifth Circuit threw out the $57 million fine the FCC had imposed on AT&T, ruling on the carrier's challenge "
     "that it was denied a jury trial.",
     {("US Court of Appeals for the Fifth Circuit", "ruling", "Federal Communications Commission"),
      ("Federal Communications Commission", "fine", "AT&T"), ("AT&T", "appeal", "Federal Communications Commission")},
     True),
    # "Backed by X, he lost at the High Court and then appealed": he, not X, nor the court
    ("The case was brought by Ed Bridges against South Wales Police. Backed by the campaign group Liberty, he lost at "
     "the High Court in 2019 and then appealed.",
     {("Ed Bridges", "lawsuit", "South Wales Police"), ("High Court", "ruling", "Ed Bridges"),
      ("Ed Bridges", "appeal", "South Wales Police")}, True),
    # "An Uber Eats courier ... reached a settlement with the company": the employer named in the description
    ("An Uber Eats courier who said the app's face checks kept failing him has reached a settlement with the company. "
     "Pa Edrissa Manjang, who is Black, began delivering for the app in 2019.",
     {("Pa Edrissa Manjang", "settlement", "Uber Eats")}, True),
    ("Pa Edrissa Manjang brought claims of race discrimination, harassment and victimisation at the employment "
     "tribunal against Uber Eats.", {("Pa Edrissa Manjang", "lawsuit", "Uber Eats")}, True),
    # "All three paused ...": the three parties just named
    ("CHOICE complained about Bunnings, Kmart and The Good Guys in 2022. All three paused their camera systems within "
     "weeks.",
     {("CHOICE", "complaint", "Bunnings"), ("CHOICE", "complaint", "Kmart Australia"),
      ("CHOICE", "complaint", "The Good Guys"), ("Bunnings", "withdrawal", None), ("Kmart Australia", "withdrawal", None),
      ("The Good Guys", "withdrawal", None)}, True),
    # "a joint investigation by that office, A and B, whose report found that X ...": each investigated X and found
    ("The order came from British Columbia's information and privacy commissioner. It followed a joint investigation "
     "by that office, the Privacy Commissioner of Canada and the privacy commissioners of Alberta and Quebec, whose "
     "report found that Clearview had scraped billions of images.",
     {(office, action, "Clearview AI")
      for office in ("Office of the Information and Privacy Commissioner for British Columbia",
                     "Office of the Privacy Commissioner of Canada",
                     "Office of the Information and Privacy Commissioner of Alberta",
                     "Commission d'acc\u00e8s \u00e0 l'information du Qu\u00e9bec")
      for action in ("investigation", "ruling")}, True),
    # a regulator described in the lede and named in the next sentence
    ("Four Canadian Tire stores broke British Columbia's privacy law, the information and privacy commissioner said on "
     "Thursday. Commissioner Michael McEvoy's office found that the stores had scanned every shopper's face.",
     {("Office of the Information and Privacy Commissioner for British Columbia", "ruling", "Canadian Tire")}, True),
    # suits told as filed are real, whatever they "could" do
    ("The report could bolster the proposed class actions filed against Tim Hortons in Quebec and Ontario.",
     {(None, "lawsuit", "Tim Hortons")}, True),
    # "went to court seeking a judicial review": against the authority whose order binds it
    ("British Columbia's privacy commissioner ordered Clearview AI to delete the images in 2021. Clearview went to "
     "court seeking a judicial review.",
     {("Office of the Information and Privacy Commissioner for British Columbia", "order", "Clearview AI"),
      ("Clearview AI", "lawsuit", "Office of the Information and Privacy Commissioner for British Columbia")}, True),
    # "A, B and C each sent it letters": "it" is none of the senders
    ("Clearview AI scraped billions of photos from social media. In 2020 Twitter, YouTube and LinkedIn each sent it "
     "letters demanding that it stop.",
     {("Twitter", "cease_and_desist", "Clearview AI"), ("YouTube", "cease_and_desist", "Clearview AI"),
      ("LinkedIn", "cease_and_desist", "Clearview AI")}, True),
    # a judge sits on the one court told of before, not on one a party may turn to next
    ("Kenya's High Court has ordered Tools for Humanity to delete the iris scans. Justice Roselyne Aburili found that "
     "the firm had not assessed the risks. Tools for Humanity could still challenge the judgment in the Court of Appeal.",
     {("High Court of Kenya", "order", "Tools for Humanity"), ("High Court of Kenya", "ruling", "Tools for Humanity")},
     True),
    # "In a decision published on Thursday, X said the municipality had not ...": a finding on it, beside the ban
    ("The Danish Data Protection Agency banned Helsingør Municipality from using Chromebooks in 2022. In a decision "
     "published on Thursday, Datatilsynet said the municipality had not assessed the risks.",
     {("Danish Data Protection Agency", "ban", "Helsingør Municipality"),
      ("Danish Data Protection Agency", "ruling", "Helsingør Municipality")}, True),
    # "X, a private medical service, ...": a firm named by what it is
    ("Belgium's data protection authority fined Brussels Airport Company for its thermal cameras. The second checks "
     "were run by the Ambuce Rescue Team, a private medical service, which was fined 20,000 euros.",
     {("Belgian Data Protection Authority", "fine", "Brussels Airport Company"),
      ("Belgian Data Protection Authority", "fine", "Ambuce Rescue Team")}, True),
    # a name several regulators bear, with no country named: the one the text also names by a name of its own
    ("Privacy Commissioner Michael Webster said on Wednesday that the supermarket trial was lawful. The Office of the "
     "Privacy Commissioner carried out an inquiry into Foodstuffs North Island throughout the trial.",
     {("New Zealand Privacy Commissioner", "investigation", "Foodstuffs North Island")}, True),
    # "the court" after "A São Paulo court": that court (not "a judge" of an earlier step)
    ("A S\u00e3o Paulo court has ordered ViaQuatro to pay R$100,000 for reading passengers' faces. A judge had granted "
     "an injunction against the company in 2018. In the final judgment, the court found that ViaQuatro had processed "
     "biometric data.",
     {("S\u00e3o Paulo court", "ruling", "ViaQuatro")}, False),
    # "brought by X, ..., and was later joined by Y": both sue
    ("The case was brought by the Observatorio de Derecho Inform\u00e1tico Argentino, a civil society group, against "
     "the Buenos Aires city government, and was later joined by the Centro de Estudios Legales y Sociales.",
     {("Observatorio de Derecho Inform\u00e1tico Argentino", "lawsuit", "Buenos Aires City Government"),
      ("Centro de Estudios Legales y Sociales", "lawsuit", "Buenos Aires City Government")}, True),
    # "X described the move as a threat, while Y called it dangerous": both criticise whoever moved
    ("The Metropolitan Police said on Friday it would begin using live facial recognition in London. Big Brother "
     "Watch described the move as a grave threat to privacy, while Liberty called it a dangerous and unjustified step.",
     {("Big Brother Watch", "criticism", "Metropolitan Police Service"),
      ("Liberty", "criticism", "Metropolitan Police Service")}, True),
    # "condemned the FIR": whoever filed it
    ("The Unique Identification Authority of India filed a police complaint against The Tribune in January 2018. The "
     "Editors Guild of India condemned the FIR, calling it an attack on press freedom.",
     {("Unique Identification Authority of India", "complaint", "Tribune"),
      ("Editors Guild of India", "criticism", "Unique Identification Authority of India")}, True),
    # "called the DPC's application unwarranted": the owner of what is called so
    ("Ireland's Data Protection Commission took X to the High Court over Grok. X called the DPC's application "
     "unwarranted and overbroad.",
     {("Data Protection Commission", "lawsuit", "Twitter"), ("Twitter", "criticism", "Data Protection Commission")},
     True),
    # public defenders and groups "together with" them file a suit
    ("A S\u00e3o Paulo judge has barred Metr\u00f4 from using facial recognition. The suit was filed by the S\u00e3o "
     "Paulo state public defender's office and Brazil's federal public defender's office together with the consumer "
     "rights institute Idec, Intervozes and Article 19.",
     {("S\u00e3o Paulo judge", "order", "Companhia do Metropolitano de S\u00e3o Paulo")}
     | {(plaintiff, "lawsuit", "Companhia do Metropolitano de S\u00e3o Paulo")
        for plaintiff in ("Defensoria P\u00fablica do Estado de S\u00e3o Paulo", "Defensoria P\u00fablica da Uni\u00e3o",
                          "Brazilian Institute for Consumer Protection", "Intervozes", "ARTICLE 19")}, True),
    # "a challenge by X against the city government, which was later joined by Y"
    ("The case began with a challenge by the Observatorio de Derecho Inform\u00e1tico Argentino (ODIA) against the "
     "Buenos Aires city government, which was later joined by the Centre for Legal and Social Studies (CELS).",
     {("Observatorio de Derecho Inform\u00e1tico Argentino", "lawsuit", "Buenos Aires City Government"),
      ("Centro de Estudios Legales y Sociales", "lawsuit", "Buenos Aires City Government")}, True),
    # "sued X together with groups ..., among them A and B": the partners sue too
    ("The ACLU sued Clearview AI in May 2020 together with groups representing survivors of domestic violence, among "
     "them the Chicago Alliance Against Sexual Exploitation and Mujeres Latinas en Acci\u00f3n.",
     {("American Civil Liberties Union", "lawsuit", "Clearview AI"),
      ("Chicago Alliance Against Sexual Exploitation", "lawsuit", "Clearview AI"),
      ("Mujeres Latinas en Acci\u00f3n", "lawsuit", "Clearview AI")}, True),
    # "The use of X by Y is lawful, the high court has ruled": the finding is on Y
    ("The use of automatic facial recognition by South Wales Police to scan crowds is lawful, the high court has ruled, "
     "rejecting the first legal challenge of its kind.", {("High Court", "ruling", "South Wales Police")}, True),
    # "..., the commissioner has determined, ordering ...": the finding stands beside the order
    ("Clearview AI broke Australian privacy law by scraping faceprints without consent, the information commissioner "
     "Angelene Falk has determined, ordering the company to destroy the images.",
     {("Office of the Australian Information Commissioner", "order", "Clearview AI"),
      ("Office of the Australian Information Commissioner", "ruling", "Clearview AI")}, True),
    # "switched on a system ..., made by X": the buyer contracts the maker
    ("The Lockport City School District switched on a weapons-detection system called Aegis, made by the Canadian "
     "company SN Technologies, in January 2020.",
     {("Lockport City School District", "contract", "SN Technologies")}, True),
    # "X, whose cameras are used by retailers such as Y": Y uses X's cameras
    ("The regulator will take no action against Facewatch, whose cameras are used by retailers such as Southern Co-op.",
     {("Southern Co-op", "contract", "Facewatch")}, True),
    # "broke X's and Y's terms by scraping": the scraper took from the owners of the terms
    ("A federal judge ruled that Bright Data did not break Facebook's and Instagram's terms by scraping public posts "
     "while logged out.",
     {("Bright Data", "data_collection", "Facebook"), ("Bright Data", "data_collection", "Instagram"),
      (None, "ruling", "Bright Data")}, True),
    ("The judge found that hiQ Labs had breached LinkedIn's user agreement by scraping member profiles with fake "
     "accounts.", {("hiQ Labs", "data_collection", "LinkedIn"), (None, "ruling", "hiQ Labs")}, True),
    # a jury is never the court the story names elsewhere, nor is it "the court" after it
    ("The Ninth Circuit heard arguments in the case in May. In March a federal jury in Portland found Acme "
     "Biometrics liable for scanning workers' fingerprints without consent.",
     {("federal jury in Portland", "ruling", "Acme Biometrics")}, True),
    # a judge who throws out a jury's award rules on the party the verdict bound
    ("A state jury in Houston found Acme Biometrics liable for scanning workers' fingerprints. Judge Maria Lopez "
     "threw out the award in June and ordered a new trial.",
     {("state jury in Houston", "ruling", "Acme Biometrics"), ("Maria Lopez", "ruling", "Acme Biometrics")}, True),
    # campaigning against a party criticises it
    ("Fight for the Future, which has campaigned for years against Amazon selling its face recognition software to "
     "police, welcomed the pause.", {("Fight for the Future", "criticism", "Amazon")}, True),
    # a prosecutor named with the title is a person
    ("The decision by prosecutor Stavros Markou to close the case was criticised by lawyer Nikos Pappas.",
     {("Nikos Pappas", "criticism", "Stavros Markou")}, True),
    # ", and had opened": a second verb of the sentence's subject, not of the earlier verb's object
    ("The Dutch regulator said it had ordered Clearview AI to delete the photos, and had opened an investigation.",
     {("Dutch Data Protection Authority", "order", "Clearview AI"),
      ("Dutch Data Protection Authority", "investigation", "Clearview AI")}, True),
    # a company that agrees with a regulator to stop something settles with it
    ("Days later, Clearview AI agreed with the Dutch Data Protection Authority, its lead regulator, to pause the "
     "scanning.", {("Clearview AI", "settlement", "Dutch Data Protection Authority")}, True),
    # switching a system off, in other words
    ("The Norfolk Police Department shut off its license plate cameras last week.",
     {("Norfolk Police Department", "withdrawal", None)}, True),
    # a party that drops its lawsuit retreats from its case against the defendant
    ("Meta Platforms has dropped its lawsuit against the web-scraping firm Bright Data.",
     {("Meta", "lawsuit", "Bright Data"), ("Meta", "withdrawal", "Bright Data")}, True),
    # a town acts with an irregular past verb; "and said it would" is the town that says it
    ("Evanston shut off its Flock readers this month and said it would end its contract with the company.",
     {("Evanston, Illinois", "withdrawal", None), ("Evanston, Illinois", "contract", "Flock Safety")}, True),
    # a fine the regulator will impose, up to a cap, if the company does not comply is a threat
    ("The Norwegian regulator ordered Meta to stop the ads, and said it will impose a daily fine of up to 1 million "
     "crowns if the company does not comply.", {("Norwegian Data Protection Authority", "order", "Meta")}, True),
    # "the watchdog had ordered the agency": two descriptions on either side of a verb are two parties
    ("The European Data Protection Supervisor said Europol still held records that the watchdog had ordered the "
     "agency to erase.", {("European Data Protection Supervisor", "order", "Europol")}, True),
    # what a settlement requires of a company is the order of the authority that announces it
    ("Kochava agreed to pay $2 million. The settlement also requires the company to delete the location data, the "
     "Federal Trade Commission said.", {("Kochava", "settlement", "Federal Trade Commission"),
                                         ("Federal Trade Commission", "order", "Kochava")}, True),
    # "confirmed the decision of X": as "upheld"; "X (AP), which had fined": the relative clause is X's, past its acronym
    ("The court confirmed the decision of the Dutch Data Protection Authority (AP), which had fined Uber.",
     {(None, "ruling", "Uber"), ("Dutch Data Protection Authority", "fine", "Uber")}, True),
    # a board that upholds a fine rules on whom it binds; "without consent" in the subject negates nothing, and the
    # board did not impose the fine
    ("A fine imposed on Clearview AI for scraping photos without consent has been upheld by the Upper Tribunal.",
     {("Upper Tribunal", "ruling", "Clearview AI")}, True),
    # "the Grand Duchy" is Luxembourg
    ("A court upheld the fine that the Grand Duchy's data protection commission imposed on Amazon.",
     {(None, "ruling", "Amazon"), ("Luxembourg National Commission for Data Protection", "fine", "Amazon")}, True),
    # firms banned from a platform's services are banned by the platform
    ("Three spyware firms, Cytrox, Candiru and NSO Group, have been banned from Meta's platforms.",
     {("Meta", "ban", "Cytrox"), ("Meta", "ban", "Candiru"), ("Meta", "ban", "NSO Group")}, True),
    # "added Intellexa to its Entity List": Intellexa is the verb's object, not the subject of what follows
    ("The Commerce Department added Intellexa to its Entity List, following its 2021 blacklisting of NSO Group and "
     "Candiru.", {("US Department of Commerce", "ban", "Intellexa"), ("US Department of Commerce", "ban", "NSO Group"),
                  ("US Department of Commerce", "ban", "Candiru")}, True),
    # "in Washington state" between a body and its relative clause; "the sheriff's office" is the county's, never a
    # police department named before
    ("The Baltimore Police Department uses the software. Earlier this month the King County Council in Washington "
     "state, which includes Seattle, banned county government agencies, including the sheriff's office, from using "
     "facial recognition.", {("King County Council", "ban", None)}, True),
    # "In February the Minneapolis City Council ... its police department": a time that opens the sentence holds no
    # party, and a council's ban on its city's police has no target
    ("The King County Council, which includes Seattle, banned county agencies from using it. In February the "
     "Minneapolis City Council voted unanimously to prohibit its police department from using facial recognition "
     "software.", {("King County Council", "ban", None), ("Minneapolis City Council", "ban", None)}, True),
    ("New York's education department has prohibited schools from buying facial recognition technology.",
     {("New York State Education Department", "ban", None)}, True),
    # "The case against X was brought by Y": who brought it, after its defendant ("the Dutch state": its government)
    ("The case against Clearview AI was brought by Privacy International.",
     {("Privacy International", "lawsuit", "Clearview AI")}, True),
    ("The case against the Dutch state was brought by a coalition of civil society groups including the Netherlands "
     "Committee of Jurists for Human Rights and Privacy First.",
     {("Nederlands Juristen Comité voor de Mensenrechten", "lawsuit", "Dutch government"),
      ("Privacy First", "lawsuit", "Dutch government")}, True),
    # "the civil liberties group" is a campaign group, not the company named last
    ("Big Brother Watch filed a complaint. The ICO later closed its inquiry into Facewatch. The civil liberties group "
     "criticised the decision.", {("Big Brother Watch", "complaint", "Facewatch"),
                                  ("Information Commissioner's Office", "investigation", "Facewatch"),
                                  ("Big Brother Watch", "criticism", "Information Commissioner's Office")}, True),
    # a police force that suspends its own practice retreats
    ("New Orleans police relied on alerts from a private camera network for two years before suspending the "
     "practice this spring.", {("New Orleans Police Department", "withdrawal", None)}, True),
    # "the state education department" is the department, not the state, nor the district named before
    ("New York's education department has banned facial recognition in schools. The Lockport City School District "
     "had installed the cameras in 2020. The New York Civil Liberties Union sued the state education department "
     "that June on behalf of Lockport parents.",
     {("New York State Education Department", "ban", None),
      ("New York Civil Liberties Union", "lawsuit", "New York State Education Department")}, True),
    # a regulator that goes to court seeking an order against a company sues it
    ("Ireland's Data Protection Commission took the unusual step of seeking an urgent order against Clearview AI in "
     "the High Court.", {("Data Protection Commission", "lawsuit", "Clearview AI")}, True),
    ("The Data Protection Commission has gone to the High Court seeking orders to suspend or restrict Clearview AI from "
     "processing the data.", {("Data Protection Commission", "lawsuit", "Clearview AI")}, True),
    # a party that fails to obtain an injunction against a ban asked a court for one: a suit, which the court rules on
    ("Meta has failed to obtain a temporary injunction against the Norwegian Data Protection Authority's ban on "
     "behavioural advertising, after Oslo District Court sided with the regulator on Wednesday.",
     {("Meta", "lawsuit", "Norwegian Data Protection Authority"), ("Norwegian Data Protection Authority", "ban", "Meta"),
      ("Oslo District Court", "ruling", "Meta")}, True),
    # going to court to contest penalties appeals them, against their maker (not against each other)
    ("The PIPC fined Google and Meta. Both companies went to court to contest the penalties.",
     {("Personal Information Protection Commission", "fine", "Google"),
      ("Personal Information Protection Commission", "fine", "Meta"),
      ("Google", "appeal", "Personal Information Protection Commission"),
      ("Meta", "appeal", "Personal Information Protection Commission")}, True),
    # the agent of a participle far down the sentence is not the agent of the passive that opens it
    ("Sweden's Authority for Privacy Protection has fined the Swedish Police Authority 2.5 million kronor. Besides "
     "paying the fine, the police were ordered to train staff, to inform people whose data had been disclosed, and to "
     "take measures to ensure that any such data is deleted by Clearview AI.",
     {("Swedish Authority for Privacy Protection", "fine", "Swedish Police Authority"),
      ("Swedish Authority for Privacy Protection", "order", "Swedish Police Authority")}, True),
    # "when members used the tool": the members of the force named before
    ("The Australian Information Commissioner has found that the Australian Federal Police failed to comply with its "
     "privacy obligations when members used the Clearview AI facial recognition tool on a free trial.",
     {("Office of the Australian Information Commissioner", "ruling", "Australian Federal Police"),
      ("Australian Federal Police", "contract", "Clearview AI")}, True),
    # a ruling's aside names who brought the cases; the clause after it names whom the ruling binds
    ("The Amsterdam Court of Appeal ruled, in cases brought by the ADCU and Worker Info Exchange, that Uber and Ola "
     "must tell drivers how automated decisions about them were made.",
     {("Amsterdam Court of Appeal", "ruling", "Uber"), ("Amsterdam Court of Appeal", "ruling", "Ola"),
      ("App Drivers and Couriers Union", "lawsuit", "Uber"), ("App Drivers and Couriers Union", "lawsuit", "Ola"),
      ("Worker Info Exchange", "lawsuit", "Uber"), ("Worker Info Exchange", "lawsuit", "Ola")}, True),
    # an authority that announces a measure in reported speech ("would be banned") made it, and it is real
    ("Avast was fined 351 million crowns by the Czech Office for Personal Data Protection. In February the Federal "
     "Trade Commission had announced that Avast would be banned from selling browsing data for advertising.",
     {("Czech Office for Personal Data Protection", "fine", "Avast"),
      ("Federal Trade Commission", "ban", "Avast")}, True),
    # a sentence that opens on one party's case is about it; "It" after it is the sentence's subject, and the
    # same description said again means the same party
    ("The CNIL fined Clearview AI 20 million euros in October 2022. In 2023 the same regulator fined Criteo, the "
     "French advertising company, 40 million euros. In the Clearview case, the watchdog found that the company had "
     "collected photos of French residents without a legal basis. It ordered the company to delete the data.",
     {("CNIL", "fine", "Clearview AI"), ("CNIL", "fine", "Criteo"), ("CNIL", "ruling", "Clearview AI"),
      ("CNIL", "order", "Clearview AI")}, True),
    # a ruling on a version of what a party owns is on the party; "its" in what a court ruled is not the court's;
    # a system that "penalised riders" fines nobody
    ("Deliveroo's ranking system came under scrutiny in court. A labour tribunal in Bologna ruled in 2020 that an "
     "earlier version of its algorithm penalised riders who joined strikes.",
     {("labour tribunal in Bologna", "ruling", "Deliveroo")}, True),
    ("Deliveroo's ranking system came under scrutiny in court. A labour tribunal in Bologna ruled that its algorithm "
     "discriminated against riders who joined strikes.", {("labour tribunal in Bologna", "ruling", "Deliveroo")}, True),
    # the owner of the place people are barred from is no ban's target; a court that refuses a party's request
    # rules against it
    ("Mercadona was fined 2.52 million euros by the Spanish Data Protection Agency (AEPD) over a facial recognition "
     "system it installed to detect people with restraining orders that barred them from its stores.",
     {("Spanish Data Protection Agency", "fine", "Mercadona")}, True),
    ("In 2020 the provincial court in Barcelona refused Mercadona's request to use facial recognition against a "
     "convicted shoplifter.", {("Provincial Court of Barcelona", "ruling", "Mercadona")}, True),
    # a colon opens a clause of its own, whose subject is not the object after it; an organisation is named again by
    # its initials ("the NBI") and by its head ("the bureau", "the ombudsman")
    ("Clearview AI has faced pushback from the platforms: Twitter, YouTube and LinkedIn sent the company "
     "cease-and-desist letters in 2020.",
     {("Twitter", "cease_and_desist", "Clearview AI"), ("YouTube", "cease_and_desist", "Clearview AI"),
      ("LinkedIn", "cease_and_desist", "Clearview AI")}, True),
    ("Finland's National Bureau of Investigation broke the law when its officers tried out Clearview AI, the Deputy "
     "Data Protection Ombudsman ruled. The ombudsman ordered the NBI to inform the people whose data the bureau had "
     "processed.",
     {("Finnish Data Protection Ombudsman", "ruling", "National Bureau of Investigation"),
      ("Finnish Data Protection Ombudsman", "order", "National Bureau of Investigation")}, False),
    # an authority named twice in apposition inside a relative clause still imposes the fine on the object after it
    ("The Dutch Data Protection Authority fined Clearview AI 30.5 million euros in 2024. The penalty is larger than the "
     "fine that France's data protection authority, the CNIL, imposed on the company in 2022.",
     {("Dutch Data Protection Authority", "fine", "Clearview AI"), ("CNIL", "fine", "Clearview AI")}, True),
    # a fine a court upholds is the regulator's, named after it
    ("A Luxembourg court has upheld the 746 million euro fine imposed on Amazon in 2021. The National Commission for "
     "Data Protection had found that Amazon's ad targeting breached the GDPR.",
     {("Luxembourg court", "ruling", "Amazon"), ("National Commission for Data Protection", "fine", "Amazon"),
      ("National Commission for Data Protection", "ruling", "Amazon")}, True),
    # suspending a policy the company introduced bans the company's
    ("Brazil's National Data Protection Authority has ordered Meta Platforms to stop using Brazilians' data to train "
     "its AI models, suspending with immediate effect a new privacy policy the company introduced in June.",
     {("Brazilian Data Protection Authority", "order", "Meta"), ("Brazilian Data Protection Authority", "ban", "Meta")},
     True),
    # an injunction sought by unnamed groups is against whom the order binds, and so is the suit behind it
    ("A judge ordered Metrô to halt the rollout of its cameras, granting an injunction sought by consumer groups. The "
     "lawsuit was brought by Idec and Intervozes. In 2021 Idec had sued ViaQuatro over its advertising screens.",
     {(None, "order", "Companhia do Metropolitano de São Paulo"),
      ("Brazilian Institute for Consumer Protection", "lawsuit", "Companhia do Metropolitano de São Paulo"),
      ("Intervozes", "lawsuit", "Companhia do Metropolitano de São Paulo"),
      ("Brazilian Institute for Consumer Protection", "lawsuit", "ViaQuatro")}, True),
    # an unnamed plural subject whose members a list after "including" names: they act; "the chatbot" with no product
    # named is the company; "the foreign ministry" in a story about Korea is Korea's
    ("DeepSeek paused downloads in South Korea on Saturday. Several government bodies had blocked the chatbot on "
     "office computers, including the Ministry of Trade, Industry and Energy, the foreign ministry and Korea Hydro & "
     "Nuclear Power.",
     {("DeepSeek", "withdrawal", None), ("Ministry of Trade, Industry and Energy", "ban", "DeepSeek"),
      ("South Korea's foreign ministry", "ban", "DeepSeek"), ("Korea Hydro & Nuclear Power", "ban", "DeepSeek")}, True),
    # (the chatbot's owner, in a possessive, is not the subject of the verb coordinated with the first one)
    ("Italy's privacy regulator has ordered the companies behind DeepSeek to block the chatbot's processing of Italian "
     "users' data, and opened an inquiry.",
     {("Italian Data Protection Authority", "order", "DeepSeek"),
      ("Italian Data Protection Authority", "investigation", "DeepSeek")}, True),
    # the region after a dateline's city is the dateline's, not the party the finding is about; "for B.C." names
    # the province's commissioner
    ("VICTORIA, British Columbia \u2013 Twelve Canadian Tire stores broke the province's privacy law by using facial "
     "recognition, the Office of the Information and Privacy Commissioner for B.C. has found.",
     {("Office of the Information and Privacy Commissioner for British Columbia", "ruling", "Canadian Tire")}, True),
    # ", and in July it secured ...": the subject that opened the sentence; a settlement "from Meta over photos
    # uploaded to Facebook" is with that subject, and "the company's" use after "Meta over" is Meta's
    ("In August the Texas Attorney General sued General Motors, alleging the carmaker sold driving data to insurers, "
     "and in July it secured a $1.4 billion settlement from Meta over the company's past use of facial recognition on "
     "photos uploaded to Facebook.",
     {("Texas Attorney General", "lawsuit", "General Motors"), ("Meta", "settlement", "Texas Attorney General")}, True),
    # a settlement an office "described as the largest settlement ever obtained" is the one told, not a new one
    ("Texas Attorney General Ken Paxton sued Meta in 2022. Meta agreed in 2024 to pay Texas 1.4 billion dollars to "
     "settle the lawsuit, which his office described as the largest settlement ever obtained by a single state.",
     {("Texas Attorney General", "lawsuit", "Meta"), ("Meta", "settlement", "Texas")}, True),
    # "his office" is the office of the holder named by surname alone, once named in full
    ("Texas Attorney General Ken Paxton sued Allstate on Monday. "
     + "The state says the practice harmed drivers across Texas for years. " * 8
     + "Paxton has been busy. In August his office sued General Motors.",
     {("Texas Attorney General", "lawsuit", "Allstate"), ("Texas Attorney General", "lawsuit", "General Motors")}, True),
    # a ban a party seeks to halt, and the fine it keeps paying, are the regulator's, not the court's that rules on
    # them; a court that denies a party's request rules against it; "a ruling by X, which found ... that Meta" is on Meta
    ("A Norwegian court has rejected Meta's attempt to halt a ban on behavioural advertising, meaning the company must "
     "keep paying a daily fine. Oslo District Court on Wednesday denied Meta's request for a temporary injunction "
     "against the order issued in July by Datatilsynet. The order followed a ruling by the Court of Justice of the "
     "European Union, which found in a case involving Germany's competition authority that Meta could not rely on "
     "contractual necessity.",
     {("Oslo District Court", "ruling", "Meta"), ("Norwegian Data Protection Authority", "ban", "Meta"),
      ("Norwegian Data Protection Authority", "fine", "Meta"), ("Meta", "lawsuit", "Norwegian Data Protection Authority"),
      ("Norwegian Data Protection Authority", "order", "Meta"),
      ("Court of Justice of the European Union", "ruling", "Meta")}, True),
    # police no story names raid for nobody named (not the court named before); "faced regulatory challenges" is no
    # appeal
    ("Kenya's High Court ordered Worldcoin to delete the data. Police later raided a Worldcoin warehouse in the "
     "capital. The project has since faced regulatory challenges in several countries.",
     {("High Court of Kenya", "order", "Worldcoin"), (None, "investigation", "Worldcoin")}, True),
    # a describing apposition between commas holds no subject; who asked to block a ban is bound by it, and the
    # court that turned the request down did not impose it
    ("Tools for Humanity, the company behind the project co-founded by OpenAI chief executive Sam Altman, accused the "
     "Spanish Data Protection Agency of circumventing EU law.",
     {("Tools for Humanity", "criticism", "Spanish Data Protection Agency")}, True),
    ("Spain's High Court on Monday turned down a request by Tools for Humanity, the company behind Worldcoin, to block "
     "a temporary ban on its operations.", {("Audiencia Nacional", "ruling", "Tools for Humanity")}, True),
    # "alleging that the company buys ...": the clause's own subject acts (not the one alleging); a company that
    # used a platform's servers bought nothing from it; a dateline's region is no party
    ("The FTC sued Kochava in August 2022, alleging that the Idaho-based company buys vast amounts of location "
     "information gathered from mobile apps.", {("Federal Trade Commission", "lawsuit", "Kochava")}, True),
    ("Meta has sued Voyager Labs, alleging that the surveillance firm used fake accounts to scrape data from Facebook "
     "and Instagram users.",
     {("Meta", "lawsuit", "Voyager Labs"), ("Voyager Labs", "data_collection", "Facebook"),
      ("Voyager Labs", "data_collection", "Instagram")}, True),
    ("WhatsApp sued NSO Group in 2019, alleging that the company had used WhatsApp's servers to deliver its spyware.",
     {("WhatsApp", "lawsuit", "NSO Group")}, True),
    ("BOISE, Idaho \u2013 A federal judge has allowed the Federal Trade Commission to proceed with its lawsuit against "
     "Kochava.", {(None, "ruling", "Kochava"), ("Federal Trade Commission", "lawsuit", "Kochava")}, True),
    # an unlisted name after a descriptor of its trade ("online pharmacy Apohem") is a party
    ("The Swedish Authority for Privacy Protection (IMY) fined pharmacy chain Apoteket 37 million crowns. In a "
     "parallel decision, IMY fined online pharmacy Apohem 8 million crowns.",
     {("Swedish Authority for Privacy Protection", "fine", "Apoteket"),
      ("Swedish Authority for Privacy Protection", "fine", "Apohem")}, True),
    # "The legal challenge, led by X and joined by Y, targets ...": a suit told for the first time, by both
    ("The legal challenge, led by digital rights group La Quadrature du Net and joined by the Fondation Abb\u00e9 Pierre, "
     "targets the risk-scoring algorithm of the Caisse nationale des allocations familiales (CNAF).",
     {("La Quadrature du Net", "lawsuit", "Caisse nationale des allocations familiales"),
      ("Fondation Abb\u00e9 Pierre", "lawsuit", "Caisse nationale des allocations familiales")}, True),
    # a group that criticises a scheme or cameras criticises the party that runs them, not the authority that acted
    ("Ireland's Data Protection Commission has fined the Department of Social Protection 550,000 euros over its use "
     "of facial matching. Civil liberties campaigners, including the Irish Council for Civil Liberties, have "
     "criticised the scheme for years.",
     {("Data Protection Commission", "fine", "Department of Social Protection"),
      ("Irish Council for Civil Liberties", "criticism", "Department of Social Protection")}, True),
    ("Southern Co-op uses Facewatch cameras in 35 of its stores. Big Brother Watch has called the cameras Orwellian.",
     {("Southern Co-op", "contract", "Facewatch"), ("Big Brother Watch", "criticism", "Southern Co-op")}, True),
    # "Under the order, X is barred": the order of the authority the settlement was made with, whatever other
    # public bodies the story names (what it bars is the order, no ban besides)
    ("Evolv Technologies has reached a proposed settlement with the Federal Trade Commission over its weapons "
     "scanners. The Utica City School District had spent millions installing them. Under the order, Evolv is barred "
     "from making unsupported claims about its products. The New York Police Department piloted the scanners this "
     "summer.",
     {("Evolv Technology", "settlement", "Federal Trade Commission"),
      ("Federal Trade Commission", "order", "Evolv Technology")}, True),
    # a minister or cabinet secretary the gazetteer does not know acts for the government, by name
    ("Kenya's government froze the iris-scanning project in 2023, when Interior Cabinet Secretary Kithure Kindiki "
     "suspended the activities of Worldcoin in the country.",
     {("Kithure Kindiki", "ban", "Worldcoin")}, False),
    ("Digital Affairs Minister Anna Novak ordered Clearview AI to delete the photos of Slovenian citizens.",
     {("Anna Novak", "order", "Clearview AI")}, True),
    # ... and "the government" after such a minister is still the government body, not the minister
    ("The Home Office will send facial recognition vans to seven police forces. Policing minister Dame Diana "
     "Johnson said the vans would catch serious offenders. Liberty criticised the government for pressing ahead "
     "without a law.",
     {("Liberty", "criticism", "Home Office")}, True),
    # "disabled accounts and pages connected to X": the platform bans X, whatever else it took down with them
    ("Facebook said it had disabled about 2,000 accounts and groups linked to Black Cube.",
     {("Facebook", "ban", "Black Cube")}, True),
    # "called X's arguments wrong": criticism of X
    ("Clearview AI has called the ACLU's arguments baseless.",
     {("Clearview AI", "criticism", "American Civil Liberties Union")}, True),
    # "warned X to abandon the plan": a demand to stop
    ("Privacy International warned Clearview AI last spring to abandon its collection of British faces.",
     {("Privacy International", "cease_and_desist", "Clearview AI")}, True),
    # "by X and a coalition of groups, among them A and B": the coalition's members bring the suit with X
    ("The suit against PimEyes was filed by Big Brother Watch and a coalition of campaign groups, among them "
     "Liberty and Open Rights Group.",
     {("Big Brother Watch", "lawsuit", "PimEyes"), ("Liberty", "lawsuit", "PimEyes"),
      ("Open Rights Group", "lawsuit", "PimEyes")}, True),
    # "in what campaigners described as the first legal challenge to ...": the case named, not who brought it;
    # "The High Court had rejected his claim, prompting the appeal": the appeal is the losing claimant's
    ("The Court of Appeal ruled on Friday that Essex Police's use of live facial recognition was unlawful, in "
     "what campaigners described as a landmark legal challenge to police surveillance. The case was brought by "
     "Ailsa Munro, a teacher from Colchester. The High Court had rejected her claim in 2023, prompting the appeal.",
     {("Court of Appeal", "ruling", "Essex Police"), ("Ailsa Munro", "lawsuit", "Essex Police"),
      ("Ailsa Munro", "appeal", "Essex Police"), ("High Court", "ruling", "Ailsa Munro")}, True),
    # "Several firms were also sanctioned, including A and B": the listed are sanctioned, by the state the story names
    ("The US Treasury Department sanctioned the Israeli spyware vendor Candiru on Thursday. Two other companies "
     "were also sanctioned, including NSO Group and Positive Technologies.",
     {("US Department of the Treasury", "ban", "Candiru"), ("US Department of the Treasury", "ban", "NSO Group"),
      ("US Department of the Treasury", "ban", "Positive Technologies")}, True),
    # "X has received a payout from Y": Y settles with X (the one it came from pays)
    ("A Deliveroo rider who was locked out of the app by its selfie checks has received a payout from Deliveroo, "
     "ending his race discrimination claim.",
     {("Deliveroo", "settlement", None)}, False),
    ("Michael Osei has received a payout from Deliveroo, ending his race discrimination claim.",
     {("Deliveroo", "settlement", "Michael Osei")}, True),
    # (a payout nobody pays or receives is no settlement)
    ("Worldcoin's sign-up sites in Nairobi drew long queues of people hoping for a free token payout.", set(), True),
    # "a contract with the spyware company X": the description between "with" and the vendor's name
    ("The Drug Enforcement Administration renewed a $1 million contract with the spyware company NSO Group.",
     {("Drug Enforcement Administration", "contract", "NSO Group")}, False),
    # "is ending its use of X": it used X until now, and retreats from it
    ("The Chicago Police Department is ending its use of ShotSpotter, the gunshot detection system.",
     {("Chicago Police Department", "contract", "ShotSpotter"), ("Chicago Police Department", "withdrawal", None)},
     True),
    # "spent $X on the system from Y": a purchase from Y
    ("The Rochester City School District spent $2.7 million in federal funds on the weapons detection system from Evolv "
     "Technology.", {("Rochester City School District", "contract", "Evolv Technology")}, False),
    ("The council spent the money on new roads from January.", set(), True),
    # "an investigation found that the data of 500 workers was processed unlawfully": whose data, not whom it examined
    ("The ICO has ordered Mitie to stop fingerprinting its staff. An investigation by the ICO found that the "
     "biometric data of more than 500 employees had been processed unlawfully.",
     {("Information Commissioner's Office", "order", "Mitie"),
      ("Information Commissioner's Office", "investigation", "Mitie")}, True),
    # "none of those penalties has been overturned": no ruling is told
    ("France's CNIL and Italy's Garante each fined Clearview AI €20 million, and none of those penalties has been "
     "overturned.",
     {("CNIL", "fine", "Clearview AI"), ("Italian Data Protection Authority", "fine", "Clearview AI")}, True),
    # "a ban on targeted advertising on Facebook and Instagram": the ban binds the platforms' owner the story names
    ("Meta has asked a court to lift the Danish regulator's ban on targeted advertising on Facebook and Instagram.",
     {("Meta", "appeal", "Danish Data Protection Agency"), ("Danish Data Protection Agency", "ban", "Meta")}, True),
    # "said the order lacked a legal basis", "said the decision would do nothing to ...": criticism of its maker
    ("The Commerce Department added Dahua to its Entity List. Dahua said the decision lacked any factual basis.",
     {("US Department of Commerce", "ban", "Dahua Technology"),
      ("Dahua Technology", "criticism", "US Department of Commerce")}, True),
    ("The FCC barred sales of new Hytera radios. Hytera said the ban would do nothing to protect national security.",
     {("Hytera Communications", "criticism", "Federal Communications Commission")}, False),
    # (a decision's effect told is no criticism)
    ("The FCC barred sales of new Hytera radios. Hytera said the ban had no effect on its sales.",
     {("Federal Communications Commission", "ban", "Hytera Communications")}, True),
    # "has ignored European data protection decisions": decisions in general, none told
    ("Privacy International has filed a criminal complaint against PimEyes, arguing that the company has simply ignored "
     "European data protection decisions.",
     {("Privacy International", "complaint", "PimEyes")}, True),
    # "the checks were run by a contractor, X": the firm the sentence's party hired; a negation before "because"
    # is the other clause's
    ("Amazon argued that the fingerprint checks were run by a contractor, Securitas, and said it would appeal.",
     {("Amazon", "contract", "Securitas")}, False),
    ("Amazon argued that it should not be held liable because a contractor, Securitas, ran the fingerprint "
     "checks.", {("Amazon", "contract", "Securitas")}, True),
    # "The checks, which rely on software from X": a thing relies on X; its owner is the story's company
    ("Deliveroo has settled with a rider it locked out. Deliveroo said the rider had been offered a human review. "
     "The identity checks, which rely on face-matching software from Onfido, failed to match his selfies.",
     {("Deliveroo", "contract", "Onfido")}, False),
    # "on X and Y, the San Francisco-based developer, and ordered the companies to ...": the apposition is Y again
    ("The CNIL said on Monday that it had finished its inquiry. It imposed penalties totalling €5 million on Worldcoin "
     "and Tools for Humanity, the San Francisco-based developer, and ordered the companies to delete the iris codes.",
     {("CNIL", "fine", "Worldcoin"), ("CNIL", "fine", "Tools for Humanity"), ("CNIL", "order", "Worldcoin"),
      ("CNIL", "order", "Tools for Humanity")}, False),
    # "after the regulator asked it to delay the launch": the regulator's demand (an order, as a regulator's);
    # a request to a regulator to halt something is no demand on the regulator
    ("Google postponed the launch of Bard in Europe after the Irish Data Protection Commission asked it to delay the "
     "rollout.", {("Data Protection Commission", "order", "Google")}, False),
    ("The Center for AI and Digital Policy asked the FTC to halt new releases of GPT-4.", set(), True),
    # "the plaintiffs, A, a nurse, and B": the people named as the plaintiffs brought the story's suit
    ("The American Civil Liberties Union has sued the city of San Diego over its smart streetlights. The judge found "
     "that the plaintiffs, Maria Lopez, a nurse, and David Chen, a teacher, had plausibly alleged that the lights "
     "tracked them.",
     {("American Civil Liberties Union", "lawsuit", "San Diego"), ("Maria Lopez", "lawsuit", "San Diego"),
      ("David Chen", "lawsuit", "San Diego")}, False),
    # "X joins Y, which in 2020 became the first city to ban ...": Y banned it
    ("Boston joins Somerville, which in June 2019 became the first city on the East Coast to ban government use of "
     "facial recognition.", {("Somerville, Massachusetts", "ban", None)}, False),
    # "X complied with the law, the commissioner has concluded, though he said ...": a finding reported after it
    ("A facial recognition trial run by Kmart breached privacy law, Privacy Commissioner Carly Kind has concluded, "
     "though she said the retailer had acted to curb refund fraud.",
     {("Office of the Australian Information Commissioner", "ruling", "Kmart Australia")}, False),
    # "a body representing publishers such as A and B has asked X to stop": the body asks, not its members
    ("A European industry body representing publishers such as Axel Springer and Schibsted has asked Microsoft to "
     "stop training its models on their articles.", set(), True),
    ("The News Media Alliance, a trade group representing publishers including Gannett and the New York Times, sued "
     "Cohere in February.", {("News/Media Alliance", "lawsuit", "Cohere")}, True),
    # a list goes on past a party's other name ("X, now called Y, and Z"); "barring both from" binds the pair
    ("The FTC sued X-Mode Social, now called Outlogic, and Kochava in 2022 over the sale of location data.",
     {("Federal Trade Commission", "lawsuit", "X-Mode Social"), ("Federal Trade Commission", "lawsuit", "Kochava")},
     True),
    ("The FTC reached settlements with Venntel and Mobilewalla in December, barring both from selling sensitive "
     "location data.", {("Federal Trade Commission", "ban", "Venntel"), ("Federal Trade Commission", "ban", "Mobilewalla")},
     False),
    # "the NYPD's inspector general": an office of its own that watches its owner, where the gazetteer lists none;
    # what "an audit by" it "found that" is about is the party it examined
    ("An audit by the NYPD's inspector general, Jeanene Barrett, in 2023 found that the department had not tracked "
     "its use of facial recognition.",
     {("NYPD Inspector General", "investigation", "New York City Police Department")}, False),
    # an object relative with the progressive and an owner's description ("which Meta's messaging service
    # WhatsApp has been suing"); "its" after a closed object relative is the main clause's subject's
    ("Spyware is sold by many firms besides NSO Group, which Meta's messaging service WhatsApp has been suing in "
     "California since 2019.", {("WhatsApp", "lawsuit", "NSO Group")}, True),
    ("Clearview AI, which the Italian regulator fined in 2022, won its appeal in Rome.",
     {("Italian Data Protection Authority", "fine", "Clearview AI"),
      ("Clearview AI", "appeal", "Italian Data Protection Authority")}, True),
    # "sued X and two companies it accuses of ...: the Canadian start-up A and the San Francisco-based B": a long
    # clause before the list, and descriptions before its items
    ("The New York Times sued OpenAI and two companies it accuses of copying millions of its articles without paying "
     "for a licence: the Canadian start-up Cohere and the San Francisco-based Perplexity.",
     {("New York Times", "lawsuit", "OpenAI"), ("New York Times", "lawsuit", "Cohere"),
      ("New York Times", "lawsuit", "Perplexity AI")}, True),
    # "the city", long after the city was named, is that city, not an office named after it just before
    ("Chicago will stop using the gunshot detection system sold by SoundThinking when its contract ends in September, "
     "the mayor's office said on Tuesday. The acoustic sensors, mounted on lamp posts and rooftops across the South "
     "and West Sides, send an alert whenever software classifies a loud noise as gunfire, and supporters say they help "
     "officers reach victims faster. Residents have complained for years that the alerts send armed officers into "
     "their streets on false alarms. Under the plan the sensors will stay switched on through the summer, giving "
     "commanders time to train officers in other methods. A 2021 review by the city's Office of Inspector General "
     "found that the alerts rarely led to evidence of a gun crime, and the MacArthur Justice Center has filed a "
     "lawsuit against the city on behalf of a man who spent a year in jail.",
     {("MacArthur Justice Center", "lawsuit", "Chicago")}, False),
    # "X in Scotland, which paused ...": the relative clause is about the party, past where it is
    ("The row recalls the case of North Ayrshire Council in Scotland, which paused its canteen scanners in 2021 after "
     "complaints from parents.", {("North Ayrshire Council", "withdrawal", None)}, True),
    ("Officials pointed to Somerville in Massachusetts, which banned facial recognition in 2019.",
     {("Somerville, Massachusetts", "ban", None)}, True),
    # "the European Union" is a union of countries, no group named for a cause that "it" could stand for
    ("Clearview, which says it has no place of business in the Netherlands or the European Union, called the "
     "decision unlawful. It has not paid earlier fines: data protection regulators in France, Italy and Greece each "
     "fined it 20 million euros in 2022.",
     {("CNIL", "fine", "Clearview AI"), ("Italian Data Protection Authority", "fine", "Clearview AI"),
      ("Hellenic Data Protection Authority", "fine", "Clearview AI")}, True),
    # "Amazon agreed to a $25 million civil penalty": the one who accepts a penalty is fined; "Ring said it had fixed
    # the flaws long before the FTC began its inquiry": the inquiry was into the sentence's subject, not the party the
    # agency acted on last
    ("The FTC ordered Ring to delete data products built from customers' videos. In a second case, Amazon agreed to a "
     "$25 million civil penalty. Ring said it had fixed the flaws long before the FTC began its inquiry.",
     {("Federal Trade Commission", "order", "Ring"), ("Federal Trade Commission", "fine", "Amazon"),
      ("Federal Trade Commission", "investigation", "Ring")}, True),
    # a "legal complaint" in a story with a regulator's inquiry and no court is a complaint to the regulator
    ("The ICO has closed its investigation into Facewatch, a facial recognition firm. The investigation was prompted "
     "by a legal complaint from the campaign group Big Brother Watch last year.",
     {("Information Commissioner's Office", "investigation", "Facewatch"),
      ("Big Brother Watch", "complaint", "Facewatch")}, True),
    # "whose other clients include X", "the start-up whose cameras are used by shops including X": X buys
    ("PimEyes, whose other clients include law firms and Sports Direct, denied the claims.",
     {("Sports Direct", "contract", "PimEyes")}, True),
    ("Facewatch, the London start-up whose cameras are used by shops including Southern Co-op, denied the claims.",
     {("Southern Co-op", "contract", "Facewatch")}, True),
    # ", and in September 2022 it fined X": the subject of the clause before, past a time of two words
    ("In 2021 the Personal Information Protection Commission penalised Facebook 6.46 billion won over face templates, "
     "and in September 2022 it fined Google 69.2 billion won for tracking users across websites.",
     {("Personal Information Protection Commission", "fine", "Facebook"),
      ("Personal Information Protection Commission", "fine", "Google")}, True),
    # "fined Google 69.2 billion won and Meta 30.8 billion won. Both companies ...": a list with an amount after each item
    ("The Personal Information Protection Commission penalised Facebook in 2021. In September 2022 it fined Google "
     "69.2 billion won and Meta 30.8 billion won for tracking people across websites. Both companies challenged the "
     "decision in court.",
     {("Google", "appeal", "Personal Information Protection Commission"),
      ("Meta", "appeal", "Personal Information Protection Commission")}, False),
    # "the Illinois Chamber of Commerce" is a business group; what it "criticised" as "the ruling" or "the decision" in
    # a story where only a court decided is the court's
    ("The Illinois Supreme Court ruled in February that White Castle could be liable for every scan of an employee's "
     "fingerprint. In a dissent, Justice David Overstreet warned that the decision could ruin businesses. The Illinois "
     "Chamber of Commerce criticised the ruling.",
     {("Illinois Chamber of Commerce", "criticism", "Illinois Supreme Court")}, False),
    ("Stacy Rosenbach sued Six Flags in 2016 over her son's fingerprint. The Illinois Supreme Court ruled for her in "
     "2019, finding that no actual harm had to be shown. The Illinois Chamber of Commerce, which has lobbied to narrow "
     "the law, criticised the decision.", {("Illinois Chamber of Commerce", "criticism", "Illinois Supreme Court")},
     False),
    # "X, a contractor it hired", "X, a contractor hired by Y": the contractor's client buys from it
    ("The railroad argued that the gates were run by Remprex, a contractor it hired, and that BNSF was not liable.",
     {("BNSF Railway", "contract", "Remprex")}, True),
    ("The scanners at the rail yards were operated by Remprex, a contractor hired by BNSF.",
     {("BNSF Railway", "contract", "Remprex")}, True),
    # "A joint investigation by A, B and C found that X ...": each maker of the probe finds, not only the last named
    ("A joint investigation by the Privacy Commissioner of Canada, Daniel Therrien, and his counterparts in Quebec and "
     "Alberta found that Tim Hortons had tracked the movements of its app's users.",
     {("Office of the Privacy Commissioner of Canada", "ruling", "Tim Hortons"),
      ("Office of the Information and Privacy Commissioner of Alberta", "ruling", "Tim Hortons")}, False),
    # a company that used a technology buys it from the vendor named as its supplier next ("The software, supplied by
    # Mappedin, ..."); a name of one word after "supplied by" is a party; the vendor named in that aside is no topic
    # "The company" in the next sentence goes on from
    ("Cadillac Fairview used the technology in 12 malls. The software, supplied by Mappedin, turned images into "
     "numbers. The company stopped using the cameras in 2018.",
     {("Cadillac Fairview", "contract", "Mappedin"), ("Cadillac Fairview", "withdrawal", None)}, True),
    # "The checks, which Uber uses ..., rely on software from Microsoft": the buyer the sentence names, once
    ("Uber Eats removed a courier after its app failed to match his selfies. The verification checks, which Uber uses "
     "to confirm that the person logging in is the account holder, rely on facial recognition software from Microsoft.",
     {("Uber", "contract", "Microsoft")}, True),
    # "New York has become the first state to ban ...": a name the state and its city share, told as a state
    ("New York has become the first state to ban the use of facial recognition technology in schools.",
     {("New York State", "ban", None)}, True),
    # "condemned the vote": the criticism of whoever the story tells acted last
    ("Baltimore's spending board approved the surveillance plane contract on Wednesday. The ACLU of Maryland condemned "
     "the vote.", {("ACLU of Maryland", "criticism", "Baltimore")}, True),
    # "has protested the company's work for the agency": criticism of the company
    ("ICE renewed its contract with Palantir in 2019. Mijente, a Latino advocacy group, has protested the company's "
     "work for the agency ever since.", {("Immigration and Customs Enforcement", "contract", "Palantir"),
                                         ("Mijente", "criticism", "Palantir")}, True),
    # "Critics including X have argued that ...": X criticises the company the story is about
    ("Chicago uses ShotSpotter. Critics including the MacArthur Justice Center have argued that the alerts send "
     "officers into Black neighbourhoods.", {("Chicago", "contract", "ShotSpotter"),
                                              ("MacArthur Justice Center", "criticism", "ShotSpotter")}, True),
    # an accusation stands beside a suit only threatened, and "its investigations" are a newsroom's, no probe
    ("Forbes had earlier accused Perplexity of lifting one of its investigations with little attribution and "
     "threatened legal action.", {("Forbes", "criticism", "Perplexity AI")}, True),
    # "no clear rules on where the system, which uses NEC's NeoFace software, could be used": the relative clause is
    # out of the negation's reach, and the system is the police force's the story is about
    ("South Wales Police deployed the cameras at a football match in 2018. The judges found there were no clear rules "
     "on where the system, which uses NEC's NeoFace software, could be used. South Wales Police said it would not "
     "appeal.", {("South Wales Police", "contract", "NEC")}, True),
    # "X is rolling out a network of cameras ..., part of a project supplied by Y": the builder buys from the supplier
    ("The Nairobi police are rolling out a network of facial recognition cameras across the city, part of a project "
     "supplied by the Chinese company Huawei.", {("Nairobi police", "contract", "Huawei")}, True),
    # "X and its parent company Y", "X, together with its Italian member Y,": the list goes on past the owner's "its"
    ("Facebook has suspended Cambridge Analytica and its parent company Strategic Communication Laboratories.",
     {("Facebook", "ban", "Cambridge Analytica"), ("Facebook", "ban", "Strategic Communication Laboratories")}, True),
    ("The consumer group Euroconsumers, together with its Italian member Altroconsumo, filed a complaint against "
     "DeepSeek on Tuesday.", {("Euroconsumers", "complaint", "DeepSeek"), ("Altroconsumo", "complaint", "DeepSeek")},
     True),
    # "The penalty follows an investigation opened in 2020": the inquiry of the authority whose penalty was told before
    ("The CNIL fined Criteo 40 million euros. The penalty follows an investigation opened in 2020 after complaints "
     "lodged in 2018 by Privacy International.",
     {("CNIL", "fine", "Criteo"), ("CNIL", "investigation", "Criteo"),
      ("Privacy International", "complaint", "Criteo")}, True),
    # "investigated by a special investigation team of the Telangana police": the force the team belongs to
    ("The Unique Identification Authority of India has complained to the Cyberabad police about IT Grids (India) Pvt "
     "Ltd, a Hyderabad data firm. The company, which built an app for the ruling party, is already being investigated "
     "by a special investigation team of the Telangana police.",
     {("Telangana Police", "investigation", "IT Grids (India) Pvt Ltd")}, False),
    # a government body that "complained to the police" files a complaint, as one "with the police" does (no suit)
    ("The Unique Identification Authority of India has complained to the Cyberabad police about IT Grids (India) Pvt "
     "Ltd, a Hyderabad data firm.",
     {("Unique Identification Authority of India", "complaint", "IT Grids (India) Pvt Ltd")}, True),
    ("The Garante fined Meta. Liberty called the decision a dangerous step backwards for privacy.",
     {("Italian Data Protection Authority", "fine", "Meta"),
      ("Liberty", "criticism", "Italian Data Protection Authority")}, True),
    # "operated by a third-party vendor, Remprex", "run by an outside supplier, Remprex": hired, like a contractor
    ("A federal jury in Chicago found BNSF Railway liable for scanning truck drivers' fingerprints. The lead "
     "plaintiff, Richard Rogers, filed the suit in 2019. BNSF argued that it should not be held responsible because "
     "the scanners were operated by a third-party vendor, Remprex.", {("BNSF Railway", "contract", "Remprex")}, False),
    ("The railroad said the gates were run by an outside supplier, Remprex, and that BNSF was not liable.",
     {("BNSF Railway", "contract", "Remprex")}, True),
    # "anyone in the Netherlands who uses the company's service": a user no party stands for, not the regulator
    ("The Dutch data protection authority has fined Clearview AI and warned that anyone in the Netherlands who uses "
     "the company's facial recognition service could face penalties.",
     {("Dutch Data Protection Authority", "fine", "Clearview AI")}, True),
    # "calling it 'a step backwards for innovation'": the participle as the verb "called it" already was
    ("The Brazilian regulator ordered Meta to stop training its AI on Brazilians' posts. Meta said it was disappointed "
     "by the decision, calling it \"a step backwards for innovation\".",
     {("Brazilian Data Protection Authority", "order", "Meta"),
      ("Meta", "criticism", "Brazilian Data Protection Authority")}, True),
    # "the Worldcoin Foundation and its developer Tools for Humanity", "the two entities": the pair
    ("South Korea's Personal Information Protection Commission on Monday fined the Worldcoin Foundation and its "
     "developer Tools for Humanity a combined 1.14 billion won. It also ordered the two entities to fix their consent "
     "procedures.",
     {("Personal Information Protection Commission", "fine", "Worldcoin"),
      ("Personal Information Protection Commission", "fine", "Tools for Humanity"),
      ("Personal Information Protection Commission", "order", "Worldcoin"),
      ("Personal Information Protection Commission", "order", "Tools for Humanity")}, True),
    # "the Central Anti-Corruption Bureau (CBA)": an acronym in parentheses with the name's letters in another order
    # (the body's own language) is that body later on
    ("The Central Anti-Corruption Bureau (CBA) used the software. The CBA bought Pegasus from NSO Group in 2017.",
     {("Central Anti-Corruption Bureau", "contract", "NSO Group")}, True),
    # "A Hungarian bank has been hit with a penalty": a bank or lender that opens the story is the one named after it
    ("A Hungarian bank has been hit with a 250 million forint penalty for analysing the emotions of customers who "
     "called it. The country's data protection authority, NAIH, said Budapest Bank had used speech-analysis software.",
     {("Hungarian National Authority for Data Protection and Freedom of Information", "fine", "Budapest Bank")}, True),
    # "examined the bank's practices in an investigation it launched": "it" is not the owner named in the possessive
    ("NAIH fined Budapest Bank in February. The authority, which examined the bank's practices in an investigation it "
     "launched on its own initiative, found the processing unlawful.",
     {("Hungarian National Authority for Data Protection and Freedom of Information", "investigation", "Budapest Bank")},
     False),
    # "the National Data Protection Commission" is Portugal's CNPD, not Ireland's Data Protection Commission
    ("The National Data Protection Commission ordered Worldcoin to stop collecting iris scans in Portugal for 90 days.",
     {("Portuguese Data Protection Authority", "order", "Worldcoin")}, True),
    # "the data protection commissioner of the state of Baden-Württemberg": the state's own authority
    ("The data protection commissioner of the state of Baden-Württemberg opened proceedings against PimEyes last "
     "year.", {("Baden-Württemberg Commissioner for Data Protection and Freedom of Information", "investigation",
                "PimEyes")}, True),
    # "brought a claim to an employment tribunal": a suit, as "at" or "before" a tribunal was
    ("Uber Eats has paid a settlement to Pa Edrissa Manjang, a courier. Manjang, who had delivered food for Uber Eats "
     "since 2019, was deactivated in 2021. He brought a claim to an employment tribunal alleging indirect race "
     "discrimination.", {("Uber Eats", "settlement", "Pa Edrissa Manjang"), ("Pa Edrissa Manjang", "lawsuit", "Uber Eats")},
     True),
    # the French union CGT, and its education branch CGT Educ'action, are parties of the gazetteer
    ("France's data protection authority fined Amazon France Logistique in January. Trade unions, including the CGT, "
     "have long criticised the company's productivity targets.",
     {("CNIL", "fine", "Amazon France Logistique"),
      ("Confédération générale du travail", "criticism", "Amazon France Logistique")}, True),
    # "and on his associate X": a list that repeats its preposition, past an apposition on the item before
    ("The US Treasury imposed sanctions on Daniel Mizrahi, a former army officer, and on his business "
     "partner Sarah Katz over the sale of spyware.",
     {("US Department of the Treasury", "ban", "Daniel Mizrahi"), ("US Department of the Treasury", "ban", "Sarah Katz")}, True),
    # "Those designated by ... include X, who ..., as well as Y": whom the sanctions name, listed after the verb
    ("The US Treasury imposed sanctions on Daniel Mizrahi over the sale of spyware on Thursday. Those designated by the "
     "Office of Foreign Assets Control include Sarah Katz, who the department said ran the firm's sales, as well as "
     "Cytrox AD.",
     {("US Department of the Treasury", "ban", "Daniel Mizrahi"), ("Office of Foreign Assets Control", "ban", "Sarah Katz"),
      ("Office of Foreign Assets Control", "ban", "Cytrox")}, True),
    # "placed X and Y on the same list": the list told before is a blacklist
    ("The Commerce Department added Cytrox to its Entity List in July over its spyware. In 2021 the department had "
     "placed NSO Group and Candiru on the same list.",
     {("US Department of Commerce", "ban", "Cytrox"), ("US Department of Commerce", "ban", "NSO Group"),
      ("US Department of Commerce", "ban", "Candiru")}, True),
    # what an order forbids is the order: "Under proposed orders, X will be banned", "an order that bars X from"
    ("The Federal Trade Commission took action against the data broker Kochava over location tracking. Under proposed "
     "orders, Kochava will be banned from selling location data that reveals visits to clinics.",
     {("Federal Trade Commission", "order", "Kochava")}, True),
    ("The Federal Trade Commission finalised an order that bars Rite Aid from using facial recognition in its stores "
     "for five years.", {("Federal Trade Commission", "order", "Rite Aid")}, True),
    # "OFAC designated X": a sanctions designation bans (the office is a government's, so "were sanctioned" bans too);
    # "designated X as a gatekeeper" is no sanction
    ("The Office of Foreign Assets Control on Friday designated Cytrox AD over the sale of spyware. Two more firms were "
     "also sanctioned, including Candiru.",
     {("Office of Foreign Assets Control", "ban", "Cytrox"), ("Office of Foreign Assets Control", "ban", "Candiru")}, True),
    # "X, whose system was developed with Y,": the one the relative clause is on bought from Y
    ("The Dutch regulator fined Jumbo over facial recognition at its tills. Jumbo, whose cameras were supplied by "
     "Hikvision, said it would appeal.", {("Dutch Data Protection Authority", "fine", "Jumbo"),
                                          ("Jumbo", "contract", "Hikvision")}, False),
    ("Sainsbury's, whose system was built together with the British firm Facewatch, began a trial in two London "
     "stores.", {("Sainsbury's", "contract", "Facewatch")}, False),
    # ", in a lawsuit brought by residents and privacy groups": unnamed plaintiffs sue the one the clause binds; "The
    # action was filed by X together with Y" names them
    ("A Lyon court has ordered the transport operator Keolis to halt a camera trial, in a lawsuit brought by residents "
     "and privacy groups. The action was filed by La Quadrature du Net together with the Ligue des droits de l'Homme.",
     {("La Quadrature du Net", "lawsuit", "Keolis"), ("Ligue des droits de l'Homme", "lawsuit", "Keolis")}, False),
    # "the court dismissed X's claim", "rejected a claim by X": the ruling tells X's suit (against the story's defendant)
    ("Leicestershire Police scanned crowds at a music festival with facial recognition. The High Court dismissed "
     "Ann Fielding's claim last year.",
     {("High Court", "ruling", "Ann Fielding"), ("Ann Fielding", "lawsuit", "Leicestershire Police")}, True),
    ("Leicestershire Police scanned crowds at a music festival with facial recognition, and the High Court rejected a "
     "claim by Ann Fielding.",
     {("High Court", "ruling", "Ann Fielding"), ("Ann Fielding", "lawsuit", "Leicestershire Police")}, False),
    # "Tools for Humanity, the company behind the project,": one act on the project and its operator, told twice
    ("A Nairobi court has ordered Worldcoin to erase the iris scans it took, ruling that the project broke Kenya's data "
     "protection law. The judge found that Tools for Humanity, the company behind the project, had not assessed the "
     "risks.", {("Nairobi court", "order", "Worldcoin"), ("Nairobi court", "ruling", "Worldcoin")}, True),
    # "under a settlement announced by the FTC": the regulator settled with the company the story is about; and a
    # settlement told from both sides is one
    ("Face models built from customer photos must be deleted under a settlement announced by the Federal Trade "
     "Commission on Monday. The FTC said Snapvault Inc. had misled users about facial recognition. Snapvault said it "
     "cooperated fully.", {("Federal Trade Commission", "settlement", "Snapvault Inc.")}, True),
    ("The Federal Trade Commission on Wednesday settled charges that staff at the doorbell maker Ring had watched "
     "customers' videos. Ring agreed to pay $5.8 million.", {("Federal Trade Commission", "settlement", "Ring")}, True),
    # "banned four firms from its platforms: A and B, which ...; C; and D": a counted object the list after the colon
    # names, its items set apart by semicolons
    ("Meta said on Thursday that it had taken down thousands of fake accounts run for surveillance clients. The company "
     "banned four firms from its platforms: Harrow Data Ltd and Velda Labs Inc, which are based in Cyprus; Quell "
     "Analytics GmbH; and Oberon Intel Ltd, a Greek spyware vendor.",
     {("Meta", "ban", "Harrow Data Ltd"), ("Meta", "ban", "Velda Labs Inc"), ("Meta", "ban", "Quell Analytics GmbH"),
      ("Meta", "ban", "Oberon Intel Ltd")}, True),
    # ", followed by X and Y": the ones named after the act do the same
    ("Oakland banned police use of facial recognition in July 2019, followed by Berkeley and Brookline later that "
     "year.", {("Oakland", "ban", None), ("Berkeley", "ban", None),
                ("Brookline, Massachusetts", "ban", None)}, True),
    # what a jury orders a party to pay is a verdict, damages named or not
    ("A jury in Oakland has ordered the spyware vendor Candiru to pay Microsoft $12 million over attacks on its "
     "customers.", {("jury in Oakland", "ruling", "Candiru")}, True),
    # a list that names some of a plural past the plural's relative clause
    ("The Norwegian Consumer Council lodged complaints against three data brokers that resold the location records, "
     "including Xandr and AdColony.", {("Norwegian Consumer Council", "complaint", "Xandr"),
                                         ("Norwegian Consumer Council", "complaint", "AdColony")}, True),
    # a company's former unit is the item of the list, not its owner
    ("The Norwegian Consumer Council filed complaints against four ad firms, including Twitter's former MoPub unit "
     "and Xandr.", {("Norwegian Consumer Council", "complaint", "MoPub"),
                     ("Norwegian Consumer Council", "complaint", "Xandr")}, True),
    # ... and a company's chief executive named after it is the one the act is on
    ("The FTC sued Clearview AI's chief executive Hoan Ton-That on Monday.",
     {("Federal Trade Commission", "lawsuit", "Hoan Ton-That")}, True),
    # a short form of a known group's name is that group, though "Council" sounds like a government
    ("The Norwegian Consumer Council filed a complaint against Grindr in 2020. The Consumer Council also filed a "
     "complaint against Xandr.", {("Norwegian Consumer Council", "complaint", "Grindr"),
                                  ("Norwegian Consumer Council", "complaint", "Xandr")}, True),
    # a list that goes on past appositions, the last item a counted plural with its members named
    ("The US Treasury Department sanctioned Daniel Ravid, a former intelligence officer, along with Sara Hamou, a "
     "lawyer who worked for him, and several entities including Cytrox and Intellexa.",
     {("US Department of the Treasury", "ban", "Daniel Ravid"), ("US Department of the Treasury", "ban", "Sara Hamou"),
      ("US Department of the Treasury", "ban", "Cytrox"), ("US Department of the Treasury", "ban", "Intellexa")}, True),
    # what a party criticised, told in a relative clause on a thing: the thing's owner, the sentence's opener
    ("Ring ended the program, which the Electronic Frontier Foundation had long criticized.",
     {("Ring", "withdrawal", None), ("Electronic Frontier Foundation", "criticism", "Ring")}, True),
    ("Ring said on Monday that it would shut down the feature, retiring a tool that groups such as the Electronic "
     "Frontier Foundation had long criticized.",
     {("Ring", "withdrawal", None), ("Electronic Frontier Foundation", "criticism", "Ring")}, True),
    # ... but "in a statement that it disagreed": what is said, not a thing criticised
    ("The AEPD fined LaLiga 250,000 euros. LaLiga said in a statement that it disagreed with the decision.",
     {("Spanish Data Protection Agency", "fine", "LaLiga"), ("LaLiga", "criticism", "Spanish Data Protection Agency")},
     False),
    # the owner of a move described as unwarranted is criticised
    ("The Data Protection Commission took X Corp to court. X Corp's government affairs team described the "
     "regulator's move as unwarranted.", {("Twitter", "criticism", "Data Protection Commission")}, False),
    # a party on a list, or added to it, is barred by the list's owner
    ("Intellexa has been on the Commerce Department's Entity List, which restricts exports to it, since July 2023.",
     {("US Department of Commerce", "ban", "Intellexa")}, True),
    ("Intellexa was added to the Commerce Department's trade blacklist in July 2023.",
     {("US Department of Commerce", "ban", "Intellexa")}, True),
    ("The Commerce Department's addition of Intellexa and Cytrox to its Entity List cut them off from American "
     "technology.", {("US Department of Commerce", "ban", "Intellexa"), ("US Department of Commerce", "ban", "Cytrox")},
     True),
    # "X were among eight companies that Y added": X is the object of the relative clause, Y its subject
    ("Hikvision and Dahua were among eight companies that the Commerce Department added to its entity list in 2019.",
     {("US Department of Commerce", "ban", "Hikvision"), ("US Department of Commerce", "ban", "Dahua Technology")},
     True),
    ("Hikvision was among several companies that the FTC sued in 2019.",
     {("Federal Trade Commission", "lawsuit", "Hikvision")}, True),
    # "the government" is that of the country that opens its sentence
    ("The Commerce Department blacklisted Hikvision in 2019. Canada moved in the same direction this week, when the "
     "government barred Hikvision from the country.",
     {("US Department of Commerce", "ban", "Hikvision"), ("Canadian government", "ban", "Hikvision")}, True),
    # a list that goes on past a person's relative clause, to a person named with her employer
    ("A judicial review has been brought against the Metropolitan Police. The case was launched by campaigner Daniel "
     "Harris, who was wrongly stopped by officers last year, and Big Brother Watch director Silkie Carlo.",
     {("Daniel Harris", "lawsuit", "Metropolitan Police Service"),
      ("Silkie Carlo", "lawsuit", "Metropolitan Police Service")}, True),
    # an object "it" after a subject list whose items carry their countries, and again after "and ordered"
    ("The Dutch regulator fined Clearview AI in May. Italy's Garante and France's CNIL each fined it 20 million euros "
     "in 2022 and ordered it to delete the data of residents.",
     {("Dutch Data Protection Authority", "fine", "Clearview AI"), ("Italian Data Protection Authority", "fine", "Clearview AI"),
      ("CNIL", "fine", "Clearview AI"), ("Italian Data Protection Authority", "order", "Clearview AI"),
      ("CNIL", "order", "Clearview AI")}, True),
    # a state's settlement with no counterparty named is with the company the story is about
    ("Washington's attorney general sued Google in 2022 over location tracking, and Google agreed to pay $39.9 million "
     "to end it. In December, the District of Columbia settled its own case for $9.5 million.",
     {("District of Columbia", "settlement", "Google")}, False),
    # a counted plural with a relative clause before the colon that lists its members
    ("Privacy International lodged complaints in 2019 with regulators in Ireland and the UK against three firms it "
     "accused of profiling users: Acxiom, Oracle and Quantcast.",
     {("Privacy International", "complaint", "Acxiom"), ("Privacy International", "complaint", "Oracle"),
      ("Privacy International", "complaint", "Quantcast")}, False),
    # what "used it" stands for may be a product named a paragraph back
    ("Privacy groups had campaigned against Rekognition for years. In 2018 the ACLU tested the software by comparing "
     "photos of every member of Congress against 25,000 arrest photos. It wrongly matched 28 lawmakers with people who "
     "had been arrested, and the errors fell hardest on people of color. Amazon disputed the findings, saying the "
     "threshold was too low. Amazon had marketed the service to police. The Washington County Sheriff's Office in "
     "Oregon used it to compare images against mugshots.",
     {("Washington County Sheriff's Office", "contract", "Rekognition")}, False),
    # a country that acts after a fronted time; a ban on its own phones is the government's, not its regulator's
    ("The ICO fined TikTok in April. Last week Britain banned TikTok on government phones.",
     {("Information Commissioner's Office", "fine", "TikTok"), ("British government", "ban", "TikTok")}, True),
    # a union and a group whose names run on in lower case or past "of a" (gazetteer rows)
    ("A court in Nanterre, ruling on a suit brought by the Union syndicale Solidaires, ordered Amazon to limit its "
     "deliveries.", {("Union syndicale Solidaires", "lawsuit", "Amazon")}, False),
    ("Leaders of a Beautiful Struggle sued the Baltimore Police Department in 2020 over its spy planes.",
     {("Leaders of a Beautiful Struggle", "lawsuit", "Baltimore Police Department")}, True),
    # a state's settlement told again with its attorney general named is one settlement
    ("Google has agreed to pay Texas $1.4 billion to settle two lawsuits over tracking. The settlement, announced on "
     "Friday by Attorney General Ken Paxton, is the largest of its kind.",
     {("Google", "settlement", "Texas"), ("Texas", "lawsuit", "Google")}, True),
    # a sentence adverb before "the company" names no party
    ("Clearview AI was fined by the ICO in May. Separately, the company was sued by the ACLU in Illinois. However, "
     "the firm appealed the fine in June.",
     {("Information Commissioner's Office", "fine", "Clearview AI"),
      ("American Civil Liberties Union", "lawsuit", "Clearview AI"),
      ("Clearview AI", "appeal", "Information Commissioner's Office")}, True),
    # "She" opening a sentence may be the office holder named before
    ("New York Attorney General Letitia James announced a settlement with Zoom on Monday. She has also sued Meta over "
     "its handling of children's data.",
     {("New York Attorney General", "settlement", "Zoom Video Communications"),
      ("New York Attorney General", "lawsuit", "Meta")}, True),
    # an agreement with a price reached with a company settles a case
    ("Vermont reached a $12 million agreement with Clearview AI over its photo database last spring.",
     {("Vermont", "settlement", "Clearview AI")}, True),
    # "Washington" before "the District of Columbia" in a list of plaintiffs is the state
    ("Meta faces new privacy suits. The lawsuits were filed in March by Washington, the District of Columbia and "
     "Vermont.", {("Washington State", "lawsuit", "Meta"), ("District of Columbia", "lawsuit", "Meta"),
                  ("Vermont", "lawsuit", "Meta")}, False),
    # a payment that ends an inquiry is not a settlement with those who sued
    ("Vermont sued Clearview AI in 2020. Clearview paid $5 million last year to end an investigation by 12 states.",
     {("Vermont", "lawsuit", "Clearview AI"), ("Clearview AI", "settlement", None)}, True),
    # "Attorney General" is a title before a name, not part of it; a former office holder acts for himself
    ("Attorney General Maria Delgado sued Clearview AI in March.",
     {("Maria Delgado", "lawsuit", "Clearview AI")}, True),
    ("The OAIC fined Optus. Former Privacy Commissioner Tom Ashby criticised Clearview AI on Monday.",
     {("Office of the Australian Information Commissioner", "fine", "Optus"),
      ("Tom Ashby", "criticism", "Clearview AI")}, True),
    # a class action opening its sentence and saying what its target did: a suit by people the text does not name
    ("Facebook users in Illinois can claim a share of the payout. The class action, filed in a Chicago court in 2015, "
     "alleged that Facebook scanned faces without consent.", {(None, "lawsuit", "Facebook")}, True),
    # "agreed to a $35 million deal": a settlement
    ("Snap faced claims in Illinois. In 2022 Snap agreed to a $35 million deal over claims that its lenses captured "
     "face geometry.", {("Snap Inc.", "settlement", None)}, True),
    # an app that opens its sentence and says "it" stopped: the app retreats, not the broker named before
    ("Reporters found that Muslim Pro sent locations to X-Mode. Muslim Pro said soon afterwards that it had stopped "
     "sharing data with the broker.", {("Muslim Pro", "withdrawal", None)}, False),
    # "the high court" in lower case, after a supreme court was named, is that court
    ("Illinois lawmakers were warned after the Illinois Supreme Court ruled on damages. The high court's ruling came "
     "in a case against White Castle.", {("Illinois Supreme Court", "ruling", "White Castle")}, True),
    # a case's bringer in a reduced relative, described before being named
    ("The ruling came in a case against the burger chain White Castle, brought by a manager, Latrina Cothron.",
     {("Latrina Cothron", "lawsuit", "White Castle")}, True),
    # "In Spain, the data protection agency": the authority of the place that opens the sentence
    ("South Korea's privacy regulator fined Worldcoin in September. In Spain, the data protection agency ordered "
     "Worldcoin to stop collecting iris scans.",
     {("Personal Information Protection Commission", "fine", "Worldcoin"),
      ("Spanish Data Protection Agency", "order", "Worldcoin")}, True),
    # the names inside an apposition's relative clause are not the subject it describes
    ("The law has been on hold since NetChoice, a trade group whose members include Meta, Google and Snap, sued Utah "
     "in 2023.", {("NetChoice", "lawsuit", "Utah")}, True),
    # a telling word inside a name ("Collective") does not cut the name before its last telling word
    ("The Collective Defense Institute sued TikTok in a Brazilian court in 2024.",
     {("Collective Defense Institute", "lawsuit", "TikTok")}, True),
    # "the project" is the project the text named, not its developer named last
    ("Kenya fined the Worldcoin Foundation and its developer Tools for Humanity in May. Tools for Humanity said it "
     "disagreed. Spain's AEPD suspended the project's iris collection in March.",
     {("Spanish Data Protection Agency", "ban", "Worldcoin")}, False),
    # a trade group's members, listed in its description, take no part in what the group does
    ("The challenge was brought by NetChoice, a trade association that counts Meta, Google and TikTok among its "
     "members, which sued Utah in 2023.", {("NetChoice", "lawsuit", "Utah")}, True),
    # a challenge filed in a named court against a party; "the Commonwealth" in an Australian story
    ("Australia's social media age law took effect on Wednesday. Reddit has filed a challenge in the High Court of "
     "Australia against the Commonwealth, arguing that the law is unconstitutional.",
     {("Reddit", "lawsuit", "Australian government")}, True),
    # "The city of Evanston, Illinois, ...": the state says where the city is; it does not act
    ("The city of Evanston, Illinois, has sent a cease-and-desist order to Flock Safety.",
     {("Evanston, Illinois", "cease_and_desist", "Flock Safety")}, True),
    # "the city" after its council was named is the city, not the council
    ("Chicago's City Council voted on Wednesday to keep ShotSpotter. Mayor Brandon Johnson said in February that the "
     "city would stop using ShotSpotter in September.",
     {("Chicago", "withdrawal", None), ("Chicago", "contract", "ShotSpotter")}, True),
    # an investigation whose target comes from the story is not moved to a party investigated twice in one sentence;
    # "Clearview AI, the U.S. firm that ...": a dotted abbreviation inside an apposition
    ("7-Eleven told to destroy faceprints taken by store tablets\n\nConvenience chain 7-Eleven breached customers' "
     "privacy by photographing them through feedback tablets, Australia's Information Commissioner has found.\n\n"
     "Commissioner Angelene Falk said 7-Eleven Stores took facial images at about 700 stores without consent. The "
     "tablets photographed shoppers, and the company turned the images into faceprints.\n\nFalk said the collection "
     "was not necessary. She ordered the company to destroy all the faceprints it still held.\n\n7-Eleven disabled "
     "the function in August 2021, after the Office of the Australian Information Commissioner launched its "
     "investigation.\n\nThe OAIC and the UK Information Commissioner's Office have been jointly investigating "
     "Clearview AI, the U.S. firm that built a face database.",
     {("Office of the Australian Information Commissioner", "investigation", "7-Eleven"),
      ("Office of the Australian Information Commissioner", "investigation", "Clearview AI")}, False),
    # a name may open with digits after its description; a forum or a message board is a described party
    ("Ofcom fined the message board 8kun £5,000 on Monday. In May the forum Sanctioned Threads sued Ofcom.",
     {("Ofcom", "fine", "8kun"), ("Sanctioned Threads", "lawsuit", "Ofcom")}, True),
    # a party that "appealed to" a tribunal is the appellant, not a party appealed against
    ("The Dutch regulator fined Brightlens BV €2 million in March. Brightlens appealed to the Rotterdam District "
     "Court.", {("Dutch Data Protection Authority", "fine", "Brightlens BV"),
                ("Brightlens BV", "appeal", "Dutch Data Protection Authority")}, True),
    # "rejected the company's argument": the owner of what a tribunal rejects is ruled against
    ("Brightlens BV challenged the order in the Rotterdam District Court. In June the court rejected the company's "
     "argument that the rules did not apply.", {("Rotterdam District Court", "ruling", "Brightlens BV")}, False),
    # an authority appealing the ruling that undid its measure appeals against the party it had acted against
    ("Norway's Datatilsynet ordered Brightlens AS to stop. The Dutch regulator fined Brightlens BV €2 million, but "
     "the Rotterdam District Court annulled the fine in May. The regulator is appealing that ruling.",
     {("Dutch Data Protection Authority", "appeal", "Brightlens BV")}, False),
    # "the regulator's finding in May that X broke the law" is a ruling; asking a tribunal to overturn a
    # determination appeals it
    ("The Australian privacy commissioner ordered Kmart to stop. The inquiry follows the regulator's finding in May "
     "last year that the grocer Fresh Basket broke privacy law. Fresh Basket has asked the Administrative Review "
     "Tribunal to overturn that determination.",
     {("Office of the Australian Information Commissioner", "ruling", "Fresh Basket"),
      ("Fresh Basket", "appeal", "Office of the Australian Information Commissioner")}, False),
    # a regulator that examines or inspects services run by named companies looks into those companies
    ("Japan's Personal Information Protection Commission inspected chatbots operated by Kakao and LINE Yahoo last "
     "autumn.", {("Japan Personal Information Protection Commission", "investigation", "Kakao"),
                 ("Japan Personal Information Protection Commission", "investigation", "LY Corporation")}, True),
    # a person described by two words before the role noun still joins the list of those who act
    ("Retired teacher Ann Kowal and Leeds night shift nurse Omar Haddad sued Clearview AI on Monday.",
     {("Ann Kowal", "lawsuit", "Clearview AI"), ("Omar Haddad", "lawsuit", "Clearview AI")}, True),
    # "the city and its police department": the city's own force, the gazetteer's where it lists one
    ("Lee Marsh and Ana Ortiz sued the city of Norfolk and its police department over the cameras.",
     {("Lee Marsh", "lawsuit", "Norfolk"), ("Lee Marsh", "lawsuit", "Norfolk Police Department"),
      ("Ana Ortiz", "lawsuit", "Norfolk"), ("Ana Ortiz", "lawsuit", "Norfolk Police Department")}, True),
    ("Driver Lee Marsh sued Evanston and its police force over the cameras.",
     {("Lee Marsh", "lawsuit", "Evanston, Illinois"), ("Lee Marsh", "lawsuit", "Evanston Police Department")}, True),
    # an appeal is not against a party the appellant settled with
    ("Brightlens wins appeal against Dutch privacy fine\n\nThe Dutch regulator fined Brightlens €2 million in "
     "2023. Brightlens settled a separate suit with the consumer group Fair Lens in 2024.",
     {("Brightlens", "appeal", "Dutch Data Protection Authority")}, False),
    # "who" after an apposition that ends in a place: the person the apposition describes
    ("The appeals court sided with Dana Pruitt, a cashier at a Kroger store in Ohio, who sued the grocer in 2021.",
     {("Dana Pruitt", "lawsuit", "Kroger")}, False),
    # a contract "worth" an amount before its partner; a possessor's system "is supplied by" its seller
    ("Shutterstock has signed data deals worth $20 million a year with Meta and OpenAI.",
     {("Meta", "contract", "Shutterstock"), ("OpenAI", "contract", "Shutterstock")}, False),
    ("Oakland's gunshot detection system is supplied by SoundThinking, a California firm.",
     {("Oakland", "contract", "ShotSpotter")}, False),
    # "the district": the school district the story names
    ("Parents in Ohio have criticised the Westfield City School District. The district bought the system from Gaggle "
     "in 2022.", {("Westfield City School District", "contract", "Gaggle")}, False),
    # Bluesky is a known platform
    ("Bluesky criticised Ofcom's age checks as a threat to free speech.", {("Bluesky", "criticism", "Ofcom")}, False),
    # "argued that the decision ignored ...": the decision's maker is criticised
    ("The OAIC found that Kmart breached the Privacy Act. Kmart argued that the determination overlooked the risk "
     "of refund fraud.", {("Kmart Australia", "criticism", "Office of the Australian Information Commissioner")}, False),
    # a body the text names only "known as" an acronym
    ("Norway's welfare agency, known as NAV, was sued by Anna Berg in 2022. NAV settled with her in 2023.",
     {("Anna Berg", "lawsuit", "NAV")}, False),
    # a party a court ruled against, in a case the other side brought, appeals when it takes the case higher
    ("The CNIL banned Brightlens from selling the data. Brightlens appealed, and the administrative court in Paris "
     "overturned the ban in 2024. The CNIL then took the matter to France's highest administrative court.",
     {("CNIL", "appeal", "Brightlens")}, False),
    # the person lawyers sue for is a plaintiff too
    ("The Roderick Law Clinic sued the city of Aurora in 2023 on behalf of Karen Whitlock, who was stopped after a "
     "false plate-reader alert.", {("Roderick Law Clinic", "lawsuit", "Aurora"), ("Karen Whitlock", "lawsuit", "Aurora")},
     False),
    # protests by a group that led to the subject's retreat are its criticism
    ("The Fresno Police Department dropped its gunshot sensors in 2022, after years of protests by the Fresno "
     "Privacy Coalition.", {("Fresno Privacy Coalition", "criticism", "Fresno Police Department")}, False),
    # a lease of equipment from a maker is a contract with it
    ("The Denver Police Department leased three patrol robots from Knightscope in 2022.",
     {("Denver Police Department", "contract", "Knightscope")}, False),
    ("The Denver Police Department ended its lease of a patrol robot from Knightscope after six months.",
     {("Denver Police Department", "contract", "Knightscope"), ("Denver Police Department", "withdrawal", None)}, False),
    # a party that "has had" another under investigation investigates it; "is also under" is undergone
    ("The CNIL has had Tools for Humanity under investigation since 2024.",
     {("CNIL", "investigation", "Tools for Humanity")}, False),
    ("The Queensland Police Service is also under investigation by the Office of the Australian Information "
     "Commissioner.", {("Office of the Australian Information Commissioner", "investigation", "Queensland Police Service")},
     False),
    # a court that "turned it down" rules against the one who asked it
    ("The CNIL fined Clearview AI 20 million euros. Clearview asked the Council of State to suspend the fine; the "
     "court turned it down in March.", {("CNIL", "fine", "Clearview AI"), ("Clearview AI", "appeal", "CNIL"),
                                       ("Council of State", "ruling", "Clearview AI")},
     False),
    # a party that disables its own system or feature withdraws it
    ("Kmart disabled the facial recognition system in its stores in July 2022.", {("Kmart Australia", "withdrawal", None)},
     False),
    # "contracted with" names the vendor; an adverb after a place's name ("first", "originally") leaves it the subject
    ("Oakland first contracted with ShotSpotter in 2006.", {("Oakland", "contract", "ShotSpotter")}, False),
    ("The Fresno Police Department has been contracting with Knightscope since 2021.",
     {("Fresno Police Department", "contract", "Knightscope")}, False),
    ("Portland originally banned facial recognition in 2020.", {("Portland", "ban", None)}, False),
    # a case "also" brought by a party; "That case" is the one the sentence before told, not the latest suit
    ("The Detroit Police Department agreed to new rules on facial recognition. The suit was also brought by the ACLU "
     "of Michigan.", {("ACLU of Michigan", "lawsuit", "Detroit Police Department")}, False),
    ("The Consumentenbond sued Meta in 2023 over its data use. In 2021 a Dutch court ordered TikTok to pay damages to "
     "parents over its data practices. That case had been brought by the Consumentenbond too.",
     {("Consumentenbond", "lawsuit", "Meta"), ("Dutch court", "ruling", "TikTok"), ("Consumentenbond", "lawsuit", "TikTok")},
     False),
    # critics named in a list criticise the party their claim opens with
    ("Critics, including Amnesty International, have argued that the Hyderabad police's system is unlawful.",
     {("Amnesty International", "criticism", "Hyderabad City Police")}, False),
    # a party that disputes an authority's decision criticises its maker
    ("The Dutch Data Protection Authority fined Uber 290 million euros. Uber disputed the decision.",
     {("Dutch Data Protection Authority", "fine", "Uber"), ("Uber", "criticism", "Dutch Data Protection Authority")}, False),
    # a body that "examined" parties named after it investigates them
    ("A 2020 report by the California State Auditor, which examined the Marin County Sheriff's Office along with the "
     "Los Angeles Police Department, found that many were sharing plate data.",
     {("California State Auditor", "investigation", "Marin County Sheriff's Office"),
      ("California State Auditor", "investigation", "Los Angeles Police Department")}, False),
    # a court that blocks or enjoins a law rules against the party the suit over it was brought against
    ("NetChoice sued Arkansas in June over its age-verification law. A federal judge blocked the statute in August.",
     {("NetChoice", "lawsuit", "Arkansas"), (None, "ruling", "Arkansas")}, False),
    ("A federal judge enjoined California's law after NetChoice sued Attorney General Rob Bonta.",
     {("NetChoice", "lawsuit", "California Attorney General"), (None, "ruling", "California Attorney General")}, False),
    # a court that lifts or vacates an injunction rules against the plaintiff that had won it
    ("The ACLU sued Clearview AI in 2020. The Seventh Circuit vacated the injunction in May.",
     {("American Civil Liberties Union", "lawsuit", "Clearview AI"),
      ("US Court of Appeals for the Seventh Circuit", "ruling", "American Civil Liberties Union")}, True),
    # a vendor that ran trials with an agency has a deal with it (the agency buys)
    ("Clearview AI said it had run limited trials with the Los Angeles Police Department and the FBI.",
     {("Los Angeles Police Department", "contract", "Clearview AI"),
      ("Federal Bureau of Investigation", "contract", "Clearview AI")}, True),
    ("The Met ran a pilot with NEC in 2020.", {("Metropolitan Police Service", "contract", "NEC")}, True),
    # a letter "urging" a company to stop criticises it; a complaint urging a regulator to act does not
    ("Researchers, including Yoshua Bengio, signed a letter urging Amazon to stop selling the tool to police.",
     {("Yoshua Bengio", "criticism", "Amazon")}, False),
    ("Liberty filed a complaint against Meta with the ICO and urged the regulator to halt the processing.",
     {("Liberty", "complaint", "Meta")}, True),
    # campaigners attacking "the arrangement" attack the company the story is about
    ("Ring will stop letting police request footage through its Neighbors app, Ring said. Civil liberties groups, "
     "including the Electronic Frontier Foundation, spent years attacking the arrangement.",
     {("Ring", "withdrawal", None), ("Electronic Frontier Foundation", "criticism", "Ring")}, True),
    # groups that joined a suit ("sued ..., joined by X and Y") sue too
    ("The ACLU sued Clearview AI in May 2020, joined by Mijente and the Electronic Frontier Foundation.",
     {("American Civil Liberties Union", "lawsuit", "Clearview AI"), ("Mijente", "lawsuit", "Clearview AI"),
      ("Electronic Frontier Foundation", "lawsuit", "Clearview AI")}, True),
    # a name that starts with a digit is not an amount: "fined 4chan" has an object, no headline passive
    ("Ofcom fined 4chan £20,000 after it ignored two requests for information.",
     {("Ofcom", "fine", "4chan")}, True),
    ("Ofcom fined 4kids in June.", set(), True),
    # a pronoun that joins another party in suing sues too
    ("4chan has refused to pay. In August it joined the forum Kiwi Farms in suing Ofcom in Washington.",
     {("Kiwi Farms", "lawsuit", "Ofcom"), ("4chan", "lawsuit", "Ofcom")}, True),
    # agents listed after "filed by": past the place of the first ("of the state of São Paulo"), and after
    # "together with"
    ("The suit against ViaQuatro was filed by the Public Defender's Office of the state of São Paulo and the "
     "Federal Public Defender's Office, together with the consumer group Idec.",
     {("Public Defender's Office", "lawsuit", "ViaQuatro"), ("Federal Public Defender's Office", "lawsuit", "ViaQuatro"),
      ("Brazilian Institute for Consumer Protection", "lawsuit", "ViaQuatro")}, True),
    # leasing a maker's product is a deal with the maker
    ("The Massachusetts State Police leased two of Boston Dynamics' Spot robots in 2019.",
     {("Massachusetts State Police", "contract", "Boston Dynamics")}, True),
    # a police force that trialled "the tool" trialled the product of the company the story is about; not one
    # told to stop using it
    ("PimEyes lets anyone search faces. Critics say PimEyes enables stalking. Several forces, among them the "
     "Metropolitan Police, trialled the tool in 2021.",
     {("Metropolitan Police Service", "contract", "PimEyes")}, False),
    ("PimEyes lets anyone search faces. Critics say PimEyes enables stalking. The minister told the Metropolitan "
     "Police to stop using the tool.",
     set(), True),
    # a suit with no owner names its defendants after the participle telling where it was filed ("U.S." in it)
    ("The lawsuit, filed on Monday in the U.S. District Court in Chicago, names Clearview AI and the Chicago Police "
     "Department as defendants.",
     {(None, "lawsuit", "Clearview AI"), (None, "lawsuit", "Chicago Police Department")}, True),
    ("The ACLU's lawsuit, filed in Chicago, also names Clearview AI.",
     {("American Civil Liberties Union", "lawsuit", "Clearview AI")}, True),
    # a suit fronted before its filer, who "said" what the defendant did (the filer past a place: "in Ohio, the FTC")
    ("In a complaint filed on Monday in federal court in Ohio, the FTC said Kochava sold location data.",
     {("Federal Trade Commission", "lawsuit", "Kochava")}, True),
    # "A and later B": one list of vendors over time; not when a verb follows the later one
    ("Southern Co-op ran cameras in 35 stores, using systems from Facewatch and later NEC.",
     {("Southern Co-op", "contract", "Facewatch"), ("Southern Co-op", "contract", "NEC")}, True),
    ("The ICO fined Clearview AI and later TikTok appealed a ruling.",
     {("Information Commissioner's Office", "fine", "Clearview AI"),
      ("TikTok", "appeal", "Information Commissioner's Office")}, True),
    # ", using" after the places a clause ends on: the user is the party before them
    ("Rite Aid put cameras in stores in New York and Los Angeles, using systems from FaceFirst.",
     {("Rite Aid", "contract", "FaceFirst")}, True),
    # a review by a body (described by whose it is) of how or whether a party did something investigates the party
    ("A 2022 review by the state's Office of Inspector General of whether the Chicago Police Department followed "
     "its rules found gaps.",
     {("Office of Inspector General", "investigation", "Chicago Police Department")}, True),
    # the Korea Internet & Security Agency is a government body: its inquiry is into the company the story is about
    ("Scatter Lab pulled its chatbot in January. The Korea Internet & Security Agency opened an investigation in "
     "February.",
     {("Korea Internet & Security Agency", "investigation", "Scatter Lab")}, True),
    # a party disappointed with a decision against it (or disappointed, arguing back) criticises the decision's maker
    ("The CNIL fined Clearview AI €20 million. Clearview said it was disappointed with the decision.",
     {("CNIL", "fine", "Clearview AI"), ("Clearview AI", "criticism", "CNIL")}, True),
    ("The ICO ordered Serco Leisure to stop using the scanners. Serco Leisure said it was disappointed, insisting that "
     "staff had agreed to the checks.",
     {("Information Commissioner's Office", "order", "Serco Leisure"),
      ("Serco Leisure", "criticism", "Information Commissioner's Office")}, True),
    # a court that suspends a fine rules against the fine's maker (it bans nothing)
    ("The Court of Rome has suspended the €5 million fine that the Garante imposed on Luka Inc.",
     {("Court of Rome", "ruling", "Italian Data Protection Authority"),
      ("Italian Data Protection Authority", "fine", "Luka Inc")}, True),
    ("California, New York and 30 other states sued TikTok on Tuesday.",
     {("California", "lawsuit", "TikTok"), ("New York State", "lawsuit", "TikTok")}, True),
    ("India and Nepal have banned TikTok, and Italy's privacy watchdog ordered the app blocked. Texas and New York "
     "have imposed similar bans on state-issued phones.",
     {("Texas", "ban", "TikTok"), ("New York State", "ban", "TikTok")}, False),
    # a rights group's formal warning is a demand to stop
    ("noyb sent Meta a cease-and-desist letter. It follows a formal warning issued last month by Verbraucherzentrale "
     "NRW, a consumer protection centre.", {("noyb", "cease_and_desist", "Meta"),
                                            ("Verbraucherzentrale NRW", "cease_and_desist", "Meta")}, True),
    ("WhatsApp can pursue its lawsuit against the EDPB over the fine imposed by Ireland's regulator, the EU's top "
     "court ruled on Thursday.", {("WhatsApp", "lawsuit", "European Data Protection Board"),
                                  ("Court of Justice of the European Union", "ruling", "WhatsApp")}, False),
    # ", concluding an investigation": the participle shares the sentence's subject, in a clause of its own
    ("The Garante has ordered Luka Inc to delete the data it collected without consent, concluding an "
     "investigation that began in 2023.", {("Italian Data Protection Authority", "order", "Luka Inc"),
                                           ("Italian Data Protection Authority", "investigation", "Luka Inc")}, False),
]


def names(doc):
    out = set()
    for e in doc["events"]:
        if e["status"] == "reported":
            out.add(((e["actor"] or {}).get("name"), e["action"], (e["target"] or {}).get("name")))
    return out


@pytest.mark.parametrize("text,expected,exact", CASES, ids=[c[0][:40] for c in CASES])
def test_rule_cases(text, expected, exact):
    got = names(extract(text, "2022-10-20"))
    missing = {e for e in expected if e not in got}
    assert not missing, f"missing {missing}; got {got}"
    if exact:
        assert got == expected


def test_an_obligation_after_a_prohibition_is_reported():
    # "will be prohibited from selling data and must delete it": the obligation is a clause of its own
    doc = extract("X-Mode Social has agreed to settle FTC allegations that it sold location data. Under the proposed "
                  "order, the first settlement of its kind with a data broker, the company will be prohibited from "
                  "sharing or selling sensitive location data and must delete the location data it collected.",
                  "2024-01-09")
    statuses = {e["status"] for e in doc["events"] if e["action"] == "order"}
    assert statuses == {"reported"}, doc["events"]


def mention_ids(text):
    from scrutiny.ingest.extract.extractor import Extractor
    return [(m.surface, m.party.id, m.party.kind) for m in Extractor().mentions(text)]


def test_an_apposition_in_the_lede_describes_the_name_before_it():
    # "Voyager Labs, a surveillance firm that ...": not the next firm the story names ("Voyager")
    got = names(extract("Meta has sued Voyager Labs, a surveillance firm that sells its software to police. The "
                        "company said it had also banned Voyager from its platforms.", "2023-01-12"))
    assert ("Meta", "lawsuit", "Voyager Labs") in got
    assert ("Meta", "lawsuit", "Voyager") not in got


def test_unlisted_organisations_get_a_kind_from_their_name():
    got = mention_ids("The Harbourside Riders Union and Nordlicht Vision GmbH met the Glenrock County Council.")
    assert ("Harbourside Riders Union", "harbourside-riders-union", "advocacy") in got
    assert ("Nordlicht Vision GmbH", "nordlicht-vision-gmbh", "company") in got
    assert ("Glenrock County Council", "glenrock-county-council", "government") in got


def test_acronym_defined_in_parentheses_is_reused():
    got = mention_ids("The Coastal Digital Rights Coalition (CDRC) wrote to the minister. CDRC said it would sue.")
    assert [g[1] for g in got if g[0] == "CDRC"] == ["coastal-digital-rights-coalition"]


def test_national_descriptions_and_capitals():
    got = mention_ids("Spain's data protection agency fined MERCADONA. Greece's privacy authority agreed.")
    ids = [g[1] for g in got]
    assert ids[0] == "aepd" and "mercadona" in ids and "hdpa" in ids


def test_descriptions_follow_what_the_text_called_a_party():
    got = mention_ids("Twitter and Venmo wrote to Clearview AI, a face search app. Twitter wants the app to stop.")
    assert ("the app", "clearview-ai", "company") in got


def test_an_it_that_opens_a_clause_on_a_noun_skips_the_agent_after_by():
    # "fined ... by the AEPD over a system it installed": the company, not the agent of the passive
    got = [m for m in mention_ids("Mercadona was fined 2.52 million euros by the Spanish Data Protection Agency (AEPD) "
                                  "over a facial recognition system it installed in 48 stores.") if m[0] == "it"]
    assert got == [("it", "mercadona", "company")]
    # (but the object of the verb before: "ordered Worldcoin to delete the data it collected")
    got = [m for m in mention_ids("Kenya's High Court has ordered Worldcoin to delete the biometric data it collected "
                                  "from Kenyans.") if m[0] == "it"]
    assert got == [("it", "worldcoin", "company")]


def test_its_after_an_order_is_the_one_ordered_and_a_new_clause_has_its_own_subject():
    got = mention_ids("The commissioner ordered the Australian Federal Police to hire an assessor. It also ordered the "
                      "AFP to review its practices.")
    assert ("its", "afp-australia", "police") in got and ("AFP", "afp-australia", "police") in got
    # ("told X to stop using its content": what X must stop taking is the teller's)
    got = mention_ids("The New York Times has told Perplexity to stop using its content.")
    assert ("its", "new-york-times", "company") in got, got
    got = mention_ids("Harvey Murphy sued Macy's and EssilorLuxottica in January. Macy's had faced scrutiny before: the "
                      "chain was on a list of Clearview AI clients, and an Illinois shopper sued the company in 2020.")
    assert ("the company", "macys", "company") in got


def test_a_name_does_not_run_across_a_full_stop_into_an_apposition():
    # "Privacy Framework. In January, the AP fined the company": no company named "Privacy Framework"
    got = mention_ids("The Autoriteit Persoonsgegevens (AP) fined Uber. Uber has since switched to the Data Privacy "
                      "Framework. In January, the AP fined the company 10 million euros.")
    assert not any("framework" in m[1] for m in got), got
    assert ("the company", "uber", "company") in got


def test_pronoun_resolves_to_the_acting_organisation():
    got = mention_ids("Kenya's interior ministry said that it had suspended Worldcoin.")
    assert ("it", "kenya-interior-ministry", "government") in got


def test_office_holder_maps_to_the_office():
    got = mention_ids("New Jersey Attorney General Gurbir Grewal told prosecutors to stop.")
    assert got and all(g[1] == "new-jersey-attorney-general" for g in got)


def test_people_named_by_role_description_or_case():
    got = mention_ids("Campaigner Mara Okonjo sued the force. Dev Patel, a Leeds resident, joined. "
                      "In Okonjo v. Leeds Police the judge agreed.")
    people = {g[0] for g in got if g[2] == "person"}
    assert {"Mara Okonjo", "Dev Patel", "Okonjo"} <= people


@pytest.mark.parametrize("text", [
    "Meta has vowed to appeal the fine.",
    "The ICO is set to fine TikTok over children's data.",
    "The FTC is weighing a ban on Rite Aid.",
    "No fine was imposed on Clearview AI by the CNIL.",
    "The Garante announced plans to investigate OpenAI.",
])
def test_hedged_and_negated_actions_are_not_reported(text):
    assert names(extract(text, "2024-01-10")) == set()


def test_we_in_a_quote_is_the_speaker():
    text = "“We have fined Clearview AI and ordered it to delete the data,” the Information Commissioner's Office said."
    got = names(extract(text, "2022-05-23"))
    assert ("Information Commissioner's Office", "fine", "Clearview AI") in got


def test_offices_named_by_their_place():
    got = mention_ids("New Jersey's attorney general spoke. Bavaria's data protection authority ordered Worldcoin "
                      "to delete iris codes.")
    ids = [g[1] for g in got]
    assert ids[0] == "new-jersey-attorney-general"
    assert [g[2] for g in got if g[0] == "Bavaria's data protection authority"] == ["regulator"]


def test_unknown_names_in_party_slots_and_generic_courts():
    doc = extract("Getty Images has started legal proceedings against Stability AI. The High Court will hear it.",
                  "2023-01-17")
    assert ("Getty Images", "lawsuit", "Stability AI") in names(doc)
    kinds = {e["name"]: e["kind"] for e in doc["entities"]}
    assert kinds.get("High Court") == "court"


def test_infinitive_complement_takes_its_own_subject():
    got = names(extract("The ICO issued a notice ordering Clearview AI to stop using images of UK residents.",
                        "2022-05-23"))
    assert ("Information Commissioner's Office", "order", "Clearview AI") in got
    assert not any(a == "Information Commissioner's Office" and act == "contract" for a, act, _ in got)


@pytest.mark.parametrize("text,expected", [
    ("On 20 October 2022 the CNIL fined Clearview AI.", ("CNIL", "fine", "Clearview AI")),
    ("Meta is pausing plans to train its AI models on public posts, the company said.", ("Meta", "withdrawal", None)),
    ("H&M fined €35.3m for spying on staff. Hamburg's data protection commissioner said managers kept notes.",
     ("Hamburg Commissioner for Data Protection and Freedom of Information", "fine", "H&M")),
    ("The FCC banned approvals of new equipment from five Chinese companies, including Hikvision and Dahua.",
     ("Federal Communications Commission", "ban", "Hikvision")),
])
def test_dates_retreats_headlines_and_lists(text, expected):
    assert expected in names(extract(text, "2024-10-01"))


def test_a_court_is_not_the_defendant_and_courts_do_not_withdraw():
    got = names(extract("Rivera sued Acme Vision Ltd in the Northern District of Illinois. The Supreme Court "
                        "suspended its hearings.", "2024-10-01"))
    assert not any(t and "Court" in t for _, act, t in got if act == "lawsuit")
    assert not any(a and "Court" in a for a, act, _ in got if act == "withdrawal")


def test_a_country_adjective_in_a_description_picks_that_countrys_party():
    got = mention_ids("Amazon and Microsoft backed WhatsApp's case against NSO Group, saying the Israeli "
                      "surveillance firm had no immunity.")
    assert ("the Israeli surveillance firm", "nso-group", "company") in got


def test_a_description_does_not_refer_to_a_party_of_its_own_clause():
    got = mention_ids("Meta asked hiQ Labs to stop. A judge barred Meta from blocking the analytics firm's bots.")
    assert ("the analytics firm", "hiq-labs", "company") in got


def test_what_a_ban_forbids_is_not_reported_as_done():
    doc = extract("Apple sued NSO Group, seeking to bar the spyware vendor from using Apple devices.", "2021-11-23")
    assert ("NSO Group", "contract", "Apple") not in names(doc)
    assert ("Apple", "lawsuit", "NSO Group") in names(doc)


def test_its_after_a_relative_clause_belongs_to_that_clauses_subject():
    got = mention_ids("Google joined Amazon, which announced a pause on police use of its Rekognition software.")
    assert ("its", "amazon", "company") in got


def test_its_after_a_closed_relative_clause_belongs_to_the_main_subject():
    got = mention_ids("The CNIL, which is competent because Clearview AI's office is in Paris, published its decision.")
    assert ("its", "cnil", "regulator") in got


def test_a_name_two_parties_bear_goes_to_the_country_the_text_names():
    norwegian = mention_ids("Norway's privacy watchdog, Datatilsynet, fined Grindr.")
    danish = mention_ids("Danish police were criticised by Datatilsynet on Tuesday.")
    assert ("Datatilsynet", "norwegian-dpa", "regulator") in norwegian
    assert ("Datatilsynet", "danish-dpa", "regulator") in danish


def test_a_leading_possessive_is_no_part_of_an_unlisted_name():
    got = mention_ids("Ghana's National Data Appeals Tribunal set aside the order on Monday.")
    assert ("National Data Appeals Tribunal", "national-data-appeals-tribunal", "court") in got


@pytest.mark.parametrize("text,unwanted", [
    # "arguing the decision concerned practices it had already abandoned": the party's argument, not a reported retreat
    ("Clearview AI said it would appeal the fine, arguing that it concerned practices it had long since abandoned.",
     ("Clearview AI", "withdrawal", None)),
    # "Under the agreement, filed in Cook County circuit court, the company is barred ...": the deal binds it, not the court
    ("PimEyes has settled a lawsuit brought by the ACLU. Under the agreement, filed in Cook County Circuit Court on "
     "Monday, the company is barred from selling to police.", ("Cook County Circuit Court", "ban", "PimEyes")),
    # "into allegations that Moroccan intelligence services used X": the clause's subject is no party, not the prosecutors
    ("Paris prosecutors opened an inquiry on Monday into claims that French intelligence agents used spyware made by "
     "Paragon Solutions.", ("Paris Prosecutor's Office", "contract", "Paragon Solutions")),
    # "extending a ban first imposed by Norway": the ban's maker is no party named here, not the sentence's subject
    ("EU regulators have told Meta to stop the ads across Europe, extending a ban first imposed by Norway.",
     ("Meta", "withdrawal", None)),
    # "ruled that a website's use of Google Analytics breached the GDPR": the user is nobody the story names
    ("France's data protection authority has found that a retailer's use of Google Analytics broke the law.",
     ("CNIL", "contract", "Google")),
    # "a judgment that could make it easier for companies to challenge ...": "it" stands for no party
    ("TikTok may go on with its lawsuit against the European Data Protection Board, the General Court ruled on "
     "Wednesday, in a decision that would make it easier for firms to challenge the board.",
     ("General Court of the European Union", "appeal", "TikTok")),
    # "the University of Michigan's civil rights litigation clinic": a team that litigates, and no possessive in the name
    ("Nijeer Parks sued Woodbridge with the help of the University of Michigan's civil rights litigation clinic.",
     ("University of Michigan", "lawsuit", "Woodbridge")),
    # "A University of British Columbia staff member is being sued by X": the body only describes the person
    ("A University of British Columbia staff member is being sued by Proctorio over a series of tweets.",
     ("Proctorio", "lawsuit", "University of British Columbia")),
    # what a group "pushed for" is asked for, not done
    ("Fight for the Future, which has long pushed for a moratorium on police use of face recognition, welcomed the "
     "vote.", ("Fight for the Future", "withdrawal", None)),
    # "denied a promotion" holds "motion" but no court denied a motion
    ("The ACLU filed a complaint with the EEOC on behalf of a worker who was denied a promotion by Intuit.",
     ("Equal Employment Opportunity Commission", "ruling", "American Civil Liberties Union")),
    # "In an order issued Friday, Judge X cut the damages awarded to Y": the order is not against Y
    ("In an order issued late Monday, U.S. District Judge William Orrick cut the damages awarded to Meta by a jury.",
     ("William Orrick", "order", "Meta")),
    # what a denied clause tells did not happen ("denied that its agencies had used spyware made by X")
    ("Italy's government denied on Friday that its secret services had tracked reporters, among them Ciro "
     "Pellegrino, using spyware made by Israel's Paragon Solutions.", ("Italian government", "contract", "Paragon Solutions")),
    # "brought by A and B, shortly after the government suspended X": the government joins no list of plaintiffs
    ("The suit was filed last year by the Haki Centre and the Digital Rights Society of Kenya, shortly after the "
     "government suspended Worldcoin's operations.", ("Kenya", "lawsuit", "Worldcoin")),
    # a condition after what a modal announces: "would be shut down if ..." did not happen
    ("Huawei's chief executive said the company would be shut down if its phones were used to spy on anyone.",
     ("Huawei", "withdrawal", None)),
    # the agent of a participle in an aside ("revealed by the whistleblower X") is not whom a court rules against
    ("The bulk interception programme, revealed by the whistleblower Edward Snowden in 2013, violated privacy rights, "
     "the European Court of Human Rights ruled.", ("European Court of Human Rights", "ruling", "Edward Snowden")),
    # "will pay $2m for failing to tell users that it shared data with A": A is in the clause, not the deal
    ("Dosewise Inc will pay a $2 million civil penalty for failing to tell consumers that it shared their "
     "prescriptions with Criteo.", ("Dosewise Inc", "settlement", "Criteo")),
    ("Clearview AI has asked the Supreme Court of British Columbia to overturn an order by the province's privacy "
     "commissioner requiring it to stop collecting images.", ("Supreme Court of British Columbia", "order", "Clearview AI")),
    # what a party asks an authority to do, in a second verb too, is not done
    ("Max Schrems has asked Austria's data protection authority to fine Google and order it to stop the transfers.",
     ("Austrian Data Protection Authority", "order", "Google")),
    # a chatbot that accused a man of a crime is no critic
    ("Mark Walters sued OpenAI, saying ChatGPT had falsely accused him of embezzlement.",
     ("ChatGPT", "criticism", "Mark Walters")),
    ("A Dublin court rejected TikTok's request for a temporary injunction against a ban imposed by the Data "
     "Protection Commission on TikTok, meaning the ban remains in place.", (None, "order", "TikTok")),
    # "Its director, X, called the system ...": the group names whose director speaks; it is not criticised
    ("Big Brother Watch filed a complaint about Tesco. Its director, Silkie Carlo, called the system dangerous.",
     ("Silkie Carlo", "criticism", "Big Brother Watch")),
    # what a party hopes another would do is not done ("hoped Congress would use the moratorium")
    ("IBM said it would stop selling face search. It said it hoped Congress would use the pause to write rules "
     "and impose a moratorium.", ("US Congress", "ban", None)),
    # "stopped short of suing" is no suit
    ("Meta has demanded that PimEyes stop crawling Instagram, adding its name to a list of companies confronting "
     "the search engine, though it stopped short of suing.", ("PimEyes", "lawsuit", "Instagram")),
    ("Canada's privacy commissioner cannot fine Clearview AI.", ("Office of the Privacy Commissioner of Canada", "fine", "Clearview AI")),
    ("Vermont is seeking civil penalties from Clearview AI.", ("Vermont", "fine", "Clearview AI")),
    ("New Jersey's attorney general has barred police across the state from using Clearview AI.",
     ("New Jersey Attorney General", "contract", "Clearview AI")),
    ("Google orders Clearview AI to quit harvesting faces", ("Clearview AI", "withdrawal", None)),
    ("The Garante's inquiry began after complaints from users of Replika.", ("Italian Data Protection Authority", "complaint", "Replika")),
    ("The Garante fined Clearview AI €20 million, and the CNIL said it would follow.", ("Italian Data Protection Authority", "fine", "CNIL")),
    ("Google, YouTube and LinkedIn sent letters to Clearview AI, the companies confirmed on Friday.", ("Google", "cease_and_desist", "LinkedIn")),
    ("IBM told Congress that it no longer offers facial recognition software.", ("IBM", "cease_and_desist", "US Congress")),
    ("The Court of Appeal ruled in favour of Ed Bridges on Tuesday.", ("Court of Appeal", "ruling", "Ed Bridges")),
    ("Meta lost its bid for an injunction against Datatilsynet in Norway.", ("Norwegian Data Protection Authority", "order", "Meta")),
    ("Google must pay the State of Texas $1.375 billion under the settlement.", ("Texas", "fine", "Google")),
    ("Amazon said it disagreed with the fine and reserved the right to appeal.", ("Amazon", "appeal", None)),
    # the subject of a sentence is bound by a demand named after it only when a verb says it undergoes it
    ("Vermont sued Clearview AI. It adds to the cease-and-desist letters from Twitter and Google.",
     ("Twitter", "cease_and_desist", "Vermont")),
    ("Meta agreed to pay $1.4 billion to Texas to resolve a lawsuit accusing it of illegally using face data.",
     ("Texas", "contract", None)),
    ("Vermont is asking the court to impose civil penalties on Clearview AI.", ("Vermont", "fine", "Clearview AI")),
    # a judge "in" a city: the city approves nothing; a state before "class action" is where it was filed
    ("A federal judge in San Francisco approved a $92 million settlement with TikTok.", ("San Francisco", "settlement", None)),
    ("Facebook paid $650 million to end an Illinois class action over face tagging.", ("Illinois", "lawsuit", "Facebook")),
    # a plan is no report, also when the trigger starts with "to"
    ("Worldcoin said it disagreed with the decision and planned to challenge it in court.", ("Worldcoin", "appeal", None)),
    # only an authority that tells of it issued a fine of an unnamed firm
    ("A Dutch start-up has been fined 40,000 euros, Clearview AI said.", ("Clearview AI", "fine", None)),
    # the plaintiffs are only those named as many as counted, together, as a later sentence's subject
    ("Two Norfolk residents sued the city. Mark Talbot, the police chief, and Ann Lee, the mayor, said the cameras "
     "help solve crimes.", ("Mark Talbot", "lawsuit", "Norfolk")),
    ("Three Texas drivers sued Flock Safety. Ann Lee and Bo Chan say the cameras tracked them.",
     ("Ann Lee", "lawsuit", "Flock Safety")),
    # a participle after a reporter's clause is not the reported subject's ("..., the ICO has found, ordering it to")
    ("Clearview AI breached the law, the Information Commissioner's Office has found, ordering it to delete the "
     "data.", ("Clearview AI", "cease_and_desist", "Information Commissioner's Office")),
    # (no new regulator from a bare "regulator" after a place: "the Texas regulator" names no known authority)
    ("The Texas regulator fined Clearview AI.", ("Texas Regulator", "fine", "Clearview AI")),
    ("Meta was fined by the DPC and given five months to suspend transfers.", ("Meta", "cease_and_desist", None)),
    ("The price of the Pixel 9 drops to $499 this week.", ("Pixel", "withdrawal", None)),
    # a grievance someone has is no filing
    ("Clearview AI's video angered New Jersey's attorney general, who had a more personal grievance.",
     ("New Jersey Attorney General", "lawsuit", "Clearview AI")),
    # "X argued the order was unreasonable": the order is the clause's subject, not X's act
    ("The Information Commissioner's Office ordered PimEyes to delete the images. PimEyes argued the order was "
     "unreasonable.", ("PimEyes", "cease_and_desist", "Information Commissioner's Office")),
    # lobbying against a ban is no ban (nor a retreat) of the lobbyist's
    ("The Portland City Council passed a ban on face surveillance. Amazon had lobbied against the private-sector ban.",
     ("Amazon", "withdrawal", None)),
    # "ordered 12 councils to stop": a count of addressees, not an amount of a headline's passive
    ("The ICO ordered 12 councils to stop using Clearview AI.", (None, "order", "Information Commissioner's Office")),
    # "ordering X to pay": the order's fine, no settlement of the authority's
    ("The Garante has handed out its largest fine yet, ordering a hospital in the region to pay 80,000 euros.",
     ("Italian Data Protection Authority", "settlement", None)),
    # ", a secret blacklist that ...": the noun describes what was named before it
    ("The Garante fined the Ministry of the Interior over SARI, a secret blacklist that flagged migrants.",
     ("Italian Data Protection Authority", "ban", None)),
    # "allegations that X used Y": alleged, not told
    ("A panel will investigate allegations that the Indian government used Pegasus to spy on journalists.",
     ("Indian government", "contract", "Pegasus")),
    # "demanding that X be fined": asked for, not done
    ("A Swedish man lodged a complaint with the data protection authority IMY, demanding that OpenAI be fined.",
     ("Swedish Authority for Privacy Protection", "fine", "OpenAI")),
    # "instructed X to impose, within two weeks, a ban": the ban is still to be imposed
    ("The European Data Protection Board instructed the Data Protection Commission to impose, within a month, a ban on "
     "TikTok's transfers.", ("Data Protection Commission", "ban", "TikTok")),
    # "detect bars showing matches": pubs, no ban
    ("LaLiga's app listened to users' microphones to detect bars showing matches without a licence.", ("LaLiga", "withdrawal", None)),
    # "The probe follows a complaint by X, one of whose reporters ...": X complained, it is not investigated
    ("Paris prosecutors began a criminal probe on Monday into claims that Moroccan agents used Pegasus against French "
     "reporters. The probe follows a complaint lodged by the news site Mediapart, whose founder and another of its "
     "reporters were targeted.", ("Mediapart", "complaint", "Paris Prosecutor's Office")),
    # "overturned the penalty, finding the regulator lacked ...": the court fines no one
    ("The CNIL fined the search firm 50 million euros in 2022, but the Council of State cancelled the penalty a year "
     "later, finding the regulator had misread the law.", ("Council of State", "fine", "CNIL")),
    # "asked Sweden's data protection authority, IMY, to fine X": asked for across the apposition
    ("The campaign group asked Sweden's data protection authority, IMY, to fine Klarna for the breach.",
     ("Swedish Authority for Privacy Protection", "fine", "Klarna")),
    # "Kenya has dropped a criminal investigation into X": an authority's case closed, no retreat
    ("Kenya has dropped a criminal probe into Tools for Humanity, the firm said on Monday.", ("Kenya", "withdrawal", None)),
    # a network nobody is said to own: no customer
    ("Residents complained about the network of 172 Flock Safety cameras.", (None, "contract", "Flock Safety")),
    # "violated a 2008 law barring ...": the law bars, no party of the sentence
    ("Clearview AI violated a 2008 Illinois law barring the collection of biometrics without consent.",
     ("Clearview AI", "ban", None)),
    # a campaign no one is said to have been against
    ("Amnesty International raised money in a campaign by volunteers.", ("Amnesty International", "criticism", None)),
    # a counted group the text does not name in as many people stays unnamed
    ("Two Oakland residents have filed a federal lawsuit against the city. Their lawyer, Maria Lopez, spoke.",
     ("Maria Lopez", "lawsuit", "Oakland")),
    # a company guessed as the actor from the story is no company retreating from its own product
    ("DeepSeek blocked in Italy as privacy watchdog opens probe.", ("DeepSeek", "withdrawal", None)),
    # a fine one "faces" on a condition, or up to a ceiling, is a threat
    ("The ANPD ordered Meta to stop. Meta faces a daily fine of 50,000 reais if it fails to comply.",
     (None, "fine", "Meta")),
    ("The ANPD ordered Meta to stop. Meta faces a daily fine of 50,000 reais if it fails to comply.",
     ("Brazilian Data Protection Authority", "fine", "Meta")),
    ("Under the GDPR, Meta faces fines of up to 4% of its global turnover.", (None, "fine", "Meta")),
    # what a notice "could require" a company to stop is no retreat of the company's
    ("Snap may have to pull its chatbot in Britain. The Information Commissioner's Office has issued Snap with a "
     "preliminary enforcement notice over My AI. Snap will be able to respond before the regulator decides. A final "
     "enforcement notice could require the company to stop processing data linked to My AI, taking the product offline "
     "for UK users.", ("Snap Inc.", "withdrawal", None)),
    # "on behalf of groups ..., among them X": the clients, not whom the suit is against
    ("The ACLU sued Clearview AI on behalf of groups representing survivors of abuse, among them the Chicago Alliance "
     "Against Sexual Exploitation.", ("American Civil Liberties Union", "lawsuit", "Chicago Alliance Against Sexual Exploitation")),
    # urging a legislature to halt police use is no criticism of the legislature
    ("The ACLU urged Congress to halt police use of the technology.",
     ("American Civil Liberties Union", "criticism", "US Congress")),
    # the ban a company appeals against is another's, not its own retreat
    ("Worldcoin appealed against the Kenyan ban.", ("Worldcoin", "withdrawal", None)),
    # "faced daily fines ... if": a threat, past or present
    ("The Dutch Data Protection Authority said Uber faced daily fines of 20,000 euros if it did not comply.",
     ("Dutch Data Protection Authority", "fine", "Uber")),
    # a district judge is no appeals judge
    ("Clearview AI sued the city, and US District Judge Mara Lopez granted it an injunction. The city appealed, and "
     "the Ninth Circuit upheld the injunction. Last month Lopez found that Clearview AI had broken the law.",
     ("US Court of Appeals for the Ninth Circuit", "ruling", "Clearview AI")),
    # an authority's litigation chamber decides; it brings no suit
    ("Belgium's data protection authority fined IAB Europe. The authority's litigation chamber found that IAB Europe's "
     "framework broke the law.", ("Belgian Data Protection Authority", "lawsuit", "IAB Europe")),
    # "Europe's data protection regulators": national ones, no EU body
    ("Europe's data protection regulators ordered Meta to stop the processing.",
     ("European Data Protection Supervisor", "order", "Meta")),
    # a tool that "told employers which staff were likely to quit" orders nobody
    ("hiQ Labs, which scraped LinkedIn, built a tool that told employers which staff were likely to quit.",
     ("hiQ Labs", "cease_and_desist", "LinkedIn")),
    # a term a party agrees to in a settlement is no retreat of its own
    ("Under the deal, Voyager Labs agreed to permanently stop selling its data to most private companies.",
     ("Voyager Labs", "withdrawal", None)),
    # "a law requiring X to sell": the law requires it, not the authority the story named before
    ("The ICO fined TikTok in 2023. Separately, a US statute requiring ByteDance to divest the app came into force.",
     ("Information Commissioner's Office", "order", "ByteDance")),
    # a platform the story names paragraphs later is no source of a collection told before
    ("BNSF collected drivers' fingerprints without consent, the jury found. The railroad will pay $75 million. The company "
     "has argued the law is unfair. Its lawyers said the scans were done by a contractor. Business groups have backed "
     "BNSF, saying the law invites lawsuits that threaten jobs across the state. Other firms have paid more: Facebook "
     "settled a similar case in 2021 for $650 million.", ("BNSF Railway", "data_collection", "Facebook")),
    # ... but not from a party named there only as an example, next to a description of another
    ("Clearview AI faces a suit from Vermont, and Clearview denies wrongdoing. Its founder said the company holds "
     "images scraped from sites such as Google. The firm has been fined by Italy's privacy regulator.",
     ("Italian Data Protection Authority", "fine", "Google")),
    ("Clearview AI faces a suit from Vermont, and Clearview denies wrongdoing. Its founder said it holds images "
     "scraped from sites such as Google. The firm has been fined by Italy's privacy regulator.",
     ("Italian Data Protection Authority", "fine", "Google")),
    # "X sued, and a judge ordered Y to ...": the order's subject is the unnamed judge, not X
    ("Clario sued Meta in 2022, and a judge ordered Meta to keep its scraping tools open. The 9th US Circuit Court of "
     "Appeals later sided with Meta.", ("Clario", "cease_and_desist", "Meta")),
    # "disappointed with the decision and planned to seek a review by X": X has decided nothing yet
    ("The ICO reprimanded Serco Leisure in February. Serco said it was disappointed with the decision and planned to "
     "seek a review by the First-tier Tribunal.", ("First-tier Tribunal", "ruling", "Serco")),
    # "had sought civil penalties": asked of a court, not imposed
    ("Meta settled with Texas in 2024. The state had sought civil penalties of $25,000 for each violation.",
     ("Texas", "fine", "Meta")),
    # "X, an Athens-based digital rights group, which filed its complaint": "its" is X's, not the regulator's
    ("Greece's data protection authority fined Clearview AI in July. The case was brought by Homo Digitalis, an "
     "Athens-based digital rights group, which filed its complaint in 2021.",
     ("Hellenic Data Protection Authority", "complaint", "Clearview AI")),
    # a dateline's place is no party, nor what "it" stands for
    ("CHICAGO - Each time an Illinois employer takes a worker's fingerprint without consent it breaks the law, the "
     "Illinois Supreme Court said on Friday.", ("Illinois Supreme Court", "ruling", "Chicago")),
    ("CHICAGO - Each time an Illinois employer takes a worker's fingerprint without consent it breaks the law, the "
     "Illinois Supreme Court said on Friday.", ("Illinois Supreme Court", "ruling", "Illinois")),
    # "the federal agency" is no state
    ("Illinois officials said that Flock Safety had cut off the federal agency's access.",
     ("Flock Safety", "ban", "Illinois")),
    # an unnamed party's access cut off is no retreat of the platform
    ("Twitter, Facebook and Instagram cut off a monitoring company's access to their users' posts.",
     ("Twitter", "withdrawal", None)),
    # a case a journalist was reporting on is no suit of the story
    ("amaBhungane sued two ministers after its journalist, who was reporting on the corruption case against Jacob "
     "Zuma, had his calls tapped. The Constitutional Court ruled in 2021 that the law was invalid.",
     ("Constitutional Court", "ruling", "Jacob Zuma")),
    # the partner of an investigation the sentence names did not impose the fine
    ("The FCCPC fined Meta $220 million in July 2024 at the end of an investigation, carried out jointly with the "
     "Nigeria Data Protection Commission.", ("Nigeria Data Protection Commission", "fine", "Meta")),
    # an authority that acts following complaints did not complain
    ("The Hamburg regulator fined Clearview AI following complaints from residents.",
     ("Hamburg Commissioner for Data Protection and Freedom of Information", "complaint", "Clearview AI")),
    # a publisher that forbids the use of its content bans others, it does not retreat
    ("The New York Times sued OpenAI. In August the Times changed its terms of service to forbid the use of its "
     "content for training AI systems.", ("New York Times", "withdrawal", None)),
    # an option, a question still weighed and a fine it will face if it does not comply are not done
    ("Meta was fined by the DPC. It has the option of challenging the fine in the Irish courts.",
     ("Meta", "appeal", "Data Protection Commission")),
    ("The Garante fined Trento. The mayor said the city was assessing whether to challenge the decision in court.",
     ("Trento", "appeal", "Italian Data Protection Authority")),
    ("The ANPD ordered Meta to stop. Meta has five working days to comply, or it will face a daily fine of 50,000 "
     "reais.", ("Brazilian Data Protection Authority", "fine", "Meta")),
    # who welcomes a measure did not make it; who argues about a ban does not retreat; the source of a clause
    # ("According to Meta, ...") is no party in it
    ("Privacy International welcomed the injunction against Clearview AI.",
     ("Privacy International", "cease_and_desist", "Clearview AI")),
    ("A judge barred NSO Group from targeting WhatsApp. NSO had argued that a ban on targeting WhatsApp would "
     "threaten its business.", ("NSO Group", "withdrawal", None)),
    ("Meta banned Cytrox and Black Cube from its platforms. According to Meta, the firms used fake accounts to gather "
     "information from their targets.", ("Cytrox", "contract", "Meta")),
    # a company's own "would be barred ... if" stays a condition
    ("Rite Aid said it would be barred from using facial recognition if the order stood.", (None, "ban", "Rite Aid")),
    # the participle after a that-clause is the clause subject's, not the speaker's
    ("The Deputy Data Protection Ombudsman stressed that officers must check the law before using Clearview AI.",
     ("Finnish Data Protection Ombudsman", "contract", "Clearview AI")),
    # the agent after a second verb ("and would seek a review by X") is not the first noun's
    ("The Privacy Commissioner found that Bunnings breached privacy law. Bunnings said it was disappointed with the "
     "decision and would seek a review by the Administrative Review Tribunal.",
     ("Administrative Review Tribunal", "ruling", "Bunnings")),
    # "will push to restore the ban": a campaign for the ban, not the ban
    ("The Vermont legislature will push to ban Clearview AI next year.",
     ("Vermont General Assembly", "ban", "Clearview AI")),
    # "would seek a review of the decision by the tribunal": the tribunal would review it; it decided nothing
    ("The Australian Information Commissioner found that Kmart breached privacy law with its facial recognition "
     "trial. The determination orders the retailer to destroy the images it holds. Kmart said it would seek a review "
     "of the decision by the Administrative Review Tribunal.", ("Administrative Review Tribunal", "ruling", "Kmart Australia")),
    # "collected data from users, selling it to third parties including X": X bought it; nothing was collected from X
    ("The FTC said Avast collected browsing data from millions of users, selling it to more than 100 third parties "
     "including Home Depot and Google.", ("Avast", "data_collection", "Google")),
    # "Sen. X of Massachusetts, who has investigated Y, criticised ...": the senator, not his state, is the subject
    ("Sen. Edward Markey of Massachusetts, who has investigated Clearview AI, criticised the deal.",
     ("Massachusetts", "criticism", "Ed Markey")),
    # a person who has held offices at two bodies is no alias of either: "Commissioner Rohit Chopra" in an FTC story
    ("The FTC settled its case against Everalbum in January 2021. Commissioner Rohit Chopra, who voted for the order, "
     "criticised the agency for not seeking a fine against the company.",
     ("Consumer Financial Protection Bureau", "criticism", "Federal Trade Commission")),
    # "after the Illinois Supreme Court ruled in a separate case that ...": no ruling on the story's suit
    ("Richard Rogers sued BNSF Railway in 2019 over fingerprint scans. The judge ordered a new trial on damages after "
     "the Illinois Supreme Court ruled in a separate case that damages are discretionary.",
     ("Illinois Supreme Court", "ruling", "BNSF Railway")),
    # "amid nationwide protests over the killing of George Floyd": a noun, nobody's criticism of anyone
    ("Amazon said it would stop police from using Rekognition for a year, amid nationwide protests over the killing of "
     "George Floyd.", ("Amazon", "criticism", "George Floyd")),
    # "his office needs the power to issue orders and fines": a power wished for, no order and no fine
    ("The Privacy Commissioner of Canada, Daniel Therrien, investigated Cadillac Fairview. Therrien said the case "
     "showed that his office needs the power to issue orders and fines.",
     ("Office of the Privacy Commissioner of Canada", "fine", "Cadillac Fairview")),
    # "called the fine an important first step": praise, not criticism (but "a dangerous step backwards" is)
    ("The Garante fined Meta. Homo Digitalis called the fine an important first step towards accountability.",
     ("Homo Digitalis", "criticism", "Italian Data Protection Authority")),
    # a designation as a gatekeeper is no sanction
    ("The European Commission designated Meta and ByteDance as gatekeepers under the Digital Markets Act, citing their "
     "data collection.", ("European Commission", "ban", "Meta")),
    # the operator ordered in the suit does not sue
    ("A Lyon court has ordered the transport operator Keolis to halt a camera trial, in a lawsuit brought by residents "
     "and privacy groups.", ("Keolis", "lawsuit", None)),
    # time allowed to appeal is no appeal
    ("The Garante fined Clearview AI 20 million euros. Clearview AI has 30 days to appeal the decision.",
     ("Clearview AI", "appeal", "Italian Data Protection Authority")),
    # a party's warning about a decision, told in a relative clause, is no criticism of the court
    ("The Illinois Supreme Court ruled that a claim accrues with each scan, a 4-3 decision that White Castle had "
     "warned could cost it billions.", ("White Castle", "criticism", "Illinois Supreme Court")),
    # who intervenes in a case brought by others does not bring it
    ("The Information Commissioner will intervene in a judicial review brought against South Wales Police.",
     ("Information Commissioner's Office", "lawsuit", "South Wales Police")),
    # "data-scraping firms": a noun that describes firms is no scraping by anyone named before it
    ("Reddit has filed a lawsuit against Perplexity and two data-scraping firms.",
     ("Reddit", "data_collection", "Perplexity AI")),
    # commissioners who dissent from a complaint did not file it
    ("The FTC banned Gravy Analytics from selling sensitive location data. Commissioners Andrew Ferguson and Melissa "
     "Holyoak dissented from parts of the Gravy Analytics complaint.",
     ("Melissa Holyoak", "complaint", "Gravy Analytics")),
    # a case dropped is no product stopped
    ("Australia's privacy regulator drops Clearview AI case",
     ("Office of the Australian Information Commissioner", "contract", "Clearview AI")),
    # a suit that a party could bring as the means of a maybe is not reported
    ("The consumer group Fair Lens sent Brightlens a cease-and-desist letter and said it could seek damages through "
     "a European class action if the company went ahead.", ("Fair Lens", "lawsuit", "Brightlens")),
    # the state that places a town in a prepositional phrase is not the subject
    ("Pupils in Salina, Kansas, have sued Gaggle over the scanning of their school emails.",
     ("Kansas", "lawsuit", "Gaggle")),
    # a measure a court sets aside in the clause after an appeal is no new measure of the court's
    ("The CNIL banned Brightlens from selling the data. Brightlens appealed, and the Conseil d'Etat overturned the "
     "ban in 2024.", ("Conseil d'État", "order", "Brightlens")),
    # an open question is no report
    ("The Garante has not said whether it will fine Worldcoin.", ("Garante", "fine", "Worldcoin")),
    ("The CNIL did not say if it would order Clearview AI to pay more.", ("CNIL", "order", "Clearview AI")),
])
def test_what_is_not_reported_as_done(text, unwanted):
    assert isinstance(unwanted, tuple) and len(unwanted) == 3  # (a set here would never be found: the test could not fail)
    assert unwanted not in names(extract(text, "2022-01-10"))


def test_a_bracketed_country_inside_a_firms_name_is_part_of_it():
    ids = mention_ids("The regulator filed a complaint against IT Grids (India) Pvt Ltd on Monday.")
    assert ("IT Grids (India) Pvt Ltd", "it-grids-india-pvt-ltd", "company") in ids


def test_an_owned_company_is_not_the_owned_app_named_after_it():
    # "Ring ... its Neighbors app, the Amazon-owned company said": a company, not the app
    ids = mention_ids("Ring is ending police requests in its Neighbors app, the Amazon-owned company said.")
    assert ("the Amazon-owned company", "ring", "company") in ids


def test_a_shared_place_name_follows_the_country_the_story_names():
    assert ("Cambridge", "cambridge-uk", "government") in mention_ids("In England, Cambridge voted on cameras.")
    assert ("Cambridge", "cambridge-ma", "government") in mention_ids("In Massachusetts, Cambridge voted on cameras.")


def test_a_phrase_naming_several_parties_keeps_their_events_apart():
    doc = extract("The OAIC opened inquiries into Bunnings and Kmart. Both retailers have since paused the cameras.",
                  "2022-07-12")
    retreats = [e for e in doc["events"] if e["action"] == "withdrawal"]
    assert {e["actor"]["mention"] for e in retreats} == {"Bunnings", "Kmart Australia"}


def test_a_description_followed_by_lowercase_of_still_refers():
    got = mention_ids("Google will pay Texas $1.375 billion. Paxton had accused the company of tracking users.")
    assert ("the company", "google", "company") in got


def test_the_accused_description_is_the_party_just_named():
    got = mention_ids("Meta Platforms has sued Voyager Labs, accusing the surveillance software firm of faking accounts.")
    assert ("the surveillance software firm", "voyager-labs", "company") in got


def test_more_name_endings_tell_a_kind():
    got = mention_ids("The Harbourview Transit Administration hired Nordwind Robotics, and the Riverside Worker "
                      "Data Exchange objected.")
    kinds = {surface: kind for surface, _, kind in got}
    assert kinds.get("Harbourview Transit Administration") == "government"
    assert kinds.get("Nordwind Robotics") == "company"
    assert kinds.get("Riverside Worker Data Exchange") == "advocacy"


def test_an_amount_belongs_to_the_money_trigger_nearest_to_it():
    doc = extract("IMY fined the Swedish Police Authority SEK 2.5 million for using Clearview AI.", "2021-02-12")
    by_action = {e["action"]: e for e in doc["events"]}
    assert by_action["fine"]["amount"] == 2_500_000 and by_action["fine"]["currency"] == "SEK"
    assert by_action["contract"]["amount"] is None


def test_each_party_fined_in_one_sentence_takes_the_amount_beside_it():
    doc = extract("The Dutch Data Protection Authority fined Uber 10 million euros in January for withholding drivers' "
                  "data and Clearview AI 30.5 million euros over its face database.", "2024-09-03")
    amounts = {e["target"]["name"]: e["amount"] for e in doc["events"] if e["action"] == "fine"}
    assert amounts == {"Uber": 10_000_000, "Clearview AI": 30_500_000}


def test_a_date_right_after_another_party_is_not_the_events():
    doc = extract("Spain's data protection agency fined Worldcoin EUR 1 million, twice what Portugal's regulator "
                  "imposed in March.", "2024-08-20")
    fine = next(e for e in doc["events"] if e["action"] == "fine" and e["target"]["name"] == "Worldcoin")
    assert fine["date"] == "2024-08-20"


def test_money_a_party_is_ordered_to_pay_is_no_settlement():
    got = names(extract("Uber ordered to pay A$21 million over misleading fares.", "2024-03-01"))
    assert not any(action == "settlement" for _, action, _ in got)


def test_a_judge_named_by_surname_alone_is_dropped_when_two_courts_are_named():
    got = mention_ids("The High Court dismissed the claim. The Court of Appeal disagreed, and Lord Justice Hale "
                      "wrote the judgment.")
    assert not any(surface == "Hale" for surface, _, _ in got)


def test_a_first_word_alone_names_the_company_only_when_it_is_distinctive():
    got = mention_ids("Voyager Labs sold tools to police. Bright Data scraped profiles. Voyager denied it, and "
                      "Bright spots remained.")
    assert ("Voyager", "voyager-labs", "company") in got
    assert not any(surface == "Bright" for surface, _, _ in got)



def test_a_capitalised_description_opening_a_sentence_introduces_a_party():
    got = mention_ids("Consumer group Verbraucherfront said the cameras broke the law.")
    assert ("Verbraucherfront", "verbraucherfront", "advocacy") in got


def test_a_short_form_of_a_known_body_is_that_body():
    got = mention_ids("Watchdog fines Migration Ministry. The Hellenic Data Protection Authority has fined the "
                      "Ministry of Migration and Asylum.")
    ministries = {party for surface, party, _ in got if "Ministry" in surface}
    assert ministries == {"greek-migration-ministry"}


def test_a_place_s_body_is_named_without_the_possessive():
    got = mention_ids("San Francisco's Board of Supervisors voted on Tuesday to ban the tool.")
    assert ("San Francisco's Board of Supervisors", "sf-board-of-supervisors", "government") in got


def test_a_description_does_not_run_over_a_verb():
    got = mention_ids("Oakland's council banned face scanning. The ordinance makes city agencies ask first.")
    assert not any(surface.lower().startswith("the ordinance") for surface, _, _ in got)


def test_it_after_said_and_a_day_is_the_speaker():
    got = mention_ids("The Metropolitan Police, which has been testing NEC's NeoFace software since 2016, said on "
                      "Friday it would begin deploying the cameras.")
    assert ("it", "met-police", "police") in got


def test_federations_and_associations_introduce_groups():
    got = mention_ids("The case was brought by the parents' federation PEEP and the teachers' association SNALS.")
    assert ("PEEP", "peep", "advocacy") in got and ("SNALS", "snals", "advocacy") in got


def test_an_attempt_to_quash_claims_is_no_appeal():
    got = names(extract("The judge rejected Clearview AI's attempt to quash the Vermont Attorney General's claims.",
                        "2022-09-10"))
    assert not any(action == "appeal" for _, action, _ in got), got


def test_a_place_before_stores_describes_them_but_a_firm_before_stores_owns_them():
    doc = extract("The Office of the Information and Privacy Commissioner for British Columbia found that Canadian "
                  "Tire stores broke the law. The commissioner also ordered the 12 B.C. stores to delete the images.",
                  "2023-04-20")
    got = {(e["actor"]["name"], e["action"], (e["target"] or {}).get("name")) for e in doc["events"]}
    bc = "Office of the Information and Privacy Commissioner for British Columbia"
    assert (bc, "ruling", "Canadian Tire") in got, got
    assert not any(target == "British Columbia" for _, _, target in got), got


def test_a_short_name_is_taken_only_where_the_text_backs_it():
    backed = names(extract("The Irish regulator has opened an inquiry into X over posts used to train Grok.",
                           "2025-04-11"))
    assert ("Data Protection Commission", "investigation", "Twitter") in backed, backed
    assert mention_ids("Malcolm X was quoted by the campaign.") == []
    assert not any(pid == "twitter" for _, pid, _ in mention_ids("The ICO sued X over the data."))


def test_amending_a_complaint_is_no_new_complaint():
    got = names(extract("The platform, which sued the scraper last July, has amended its complaint against "
                        "Bright Data. A new amended complaint was filed against Bright Data on Monday.", "2024-05-10"))
    assert not any(action == "complaint" for _, action, _ in got), got


def test_a_plural_description_introduces_each_name_of_its_list():
    got = mention_ids("The case was brought by the rights groups Kolbe Watch, Ostra Veritas and CDHx. "
                      "The tech firms Acme and Globex were not named.")
    assert ("Kolbe Watch", "kolbe-watch", "advocacy") in got and ("Ostra Veritas", "ostra-veritas", "advocacy") in got
    assert ("CDHx", "cdhx", "advocacy") in got
    assert ("Acme", "acme", "company") in got and ("Globex", "globex", "company") in got


def test_the_lede_may_describe_a_party_named_in_a_later_sentence():
    got = names(extract("A judge on Tuesday barred the state-owned transit company from using face scanning on its "
                        "trains. Judge Ana Ruiz of the Glenmoor Administrative Court said Glenmoor Transit Ltd had "
                        "not explained how the data would be kept.", "2024-03-05"))
    assert any(action == "order" and target == "Glenmoor Transit Ltd" and actor for actor, action, target in got), got
    # not a party named later in the description's own sentence
    got = names(extract("Big Brother Watch complained to the ICO about the retailer's cameras, supplied by Facewatch. "
                        "Southern Co-op denied wrongdoing.", "2022-07-26"))
    assert ("Big Brother Watch", "complaint", "Southern Co-op") in got and not any(
        action == "complaint" and target == "Facewatch" for _, action, target in got), got


def test_sentence_initial_the_court_is_the_unnamed_court():
    got = names(extract("The court barred the company from using the cameras. Acme Ltd said it would appeal.",
                        "2024-03-05"))
    assert (None, "order", "Acme Ltd") in got, got


def test_names_with_accented_letters():
    got = mention_ids("Plaintiff José Núñez sued the city. Judge Cynthia Thomé ruled.")
    assert ("José Núñez", "jose-nunez", "person") in got and any(g[0] == "Cynthia Thomé" for g in got), got


def test_a_description_right_before_a_name_introduces_that_name():
    got = mention_ids("The Garante ordered DeepSeek to stop. It acted after a complaint by the consumer group "
                      "Euroconsumers.")
    assert not any(surface == "the consumer group" for surface, _, _ in got), got
    events = names(extract("The Garante ordered DeepSeek to stop. It acted after a complaint by the consumer group "
                           "Euroconsumers.", "2025-01-30"))
    assert ("Euroconsumers", "complaint", "DeepSeek") in events, events


def test_a_city_named_as_a_place_is_no_party():
    got = mention_ids("A court in the eastern city of Rivermouth ruled on Friday.")
    assert not any(pid == "rivermouth" for _, pid, _ in got), got


def test_an_order_to_pay_compensation_is_no_fine():
    got = names(extract("The Garante fined Luka Inc. The court ordered Acme Ltd to pay Jane Roe 1,000 euros in "
                        "compensation.", "2024-01-10"))
    assert not any(action == "fine" and target == "Acme Ltd" for _, action, target in got), got


def test_hotly_contested_is_no_appeal():
    got = names(extract("Meta settled a class action. US District Judge Ana Ruiz called the deal a landmark result and "
                        "a major win for consumers in the hotly contested area of digital privacy.", "2021-02-27"))
    assert not any(action == "appeal" for _, action, _ in got), got


def test_known_as_gives_a_party_another_name():
    got = mention_ids("Glenmoor Transit Ltd, known as GlenRail, runs the trains. GlenRail said it would appeal.")
    assert [pid for surface, pid, _ in got if surface == "GlenRail"] == ["glenmoor-transit-ltd"] * 2, got


def test_him_and_a_sentence_opening_he_are_the_person_named_before():
    got = names(extract("Nikolay Glukhin held a cardboard figure of the jailed activist Konstantin Kotov; police "
                        "identified him from photos. A Moscow court fined him 20,000 roubles.", "2023-07-04"))
    assert ("Moscow court", "fine", "Nikolay Glukhin") in got, got
    assert not any(target == "Konstantin Kotov" for _, _, target in got), got


def test_a_required_assessment_is_no_order():
    got = names(extract("The IMY found that the Swedish Police Authority had failed to carry out a required impact "
                        "assessment.", "2021-02-12"))
    assert not any(action == "order" for _, action, _ in got), got


@pytest.mark.parametrize("text", [
    # telling someone something is no order: an order tells a party to do something
    "OpenAI's lawyers told the court the company had already blocklisted ANI's website.",
    # an authority's noun opening its own clause takes no actor from the clause before
    "Because Rite Aid is in bankruptcy, the order must be approved by the bankruptcy court.",
    # "whose firm" acts in its clause, not the person named
    "Madison Square Garden Entertainment bars lawyers from its venues. The practice drew attention when Kelly "
    "Conlon, a lawyer whose firm is involved in litigation against a restaurant owned by the company, was escorted out.",
])
def test_no_event_without_its_parties(text):
    got = names(extract(text, "2024-11-19"))
    assert not any(action in ("order", "cease_and_desist", "lawsuit") for _, action, _ in got), got


def test_a_pronoun_for_a_party_coordinated_with_the_actor_is_not_its_target():
    got = names(extract("The attorney general accused the insurer of gathering data through apps such as Life360 and "
                        "GasBuddy, and of using it to set prices.", "2025-01-13"))
    assert not any(actor == "Life360" and target == "GasBuddy" for actor, _, target in got), got


@pytest.mark.parametrize("text,action", [
    # a threatened suit is no reported suit
    ("The Authors Guild threatened legal action against Perplexity.", "lawsuit"),
    # a worker dismissed for organising was fired, not ruled on
    ("The High Court heard the case. Worker Jonah Achieng, who says he was dismissed for trying to organise a union, "
     "spoke to reporters.", "ruling"),
])
def test_no_reported_event(text, action):
    got = {(a, act, t) for a, act, t in names(extract(text, "2024-10-22")) if act == action}
    assert not any(a == "Authors Guild" or t == "Jonah Achieng" for a, _, t in got), got


def test_a_full_stop_ends_a_name_after_a_description():
    got = mention_ids("The case was expanded to include the video start-up Runway. The artists say the model copied them.")
    assert ("Runway", "runway", "company") in got, got


def test_data_scraped_from_the_web_is_not_the_story_platform_s():
    got = names(extract("Reddit sued Stability AI. Stability AI trained its model on images scraped from the web.",
                        "2024-08-14"))
    assert not any(action == "data_collection" for _, action, _ in got), got


@pytest.mark.parametrize("text,bad", [
    # a party disappointed by a suit is its target, not a second plaintiff
    ("The New York Times sued OpenAI and Microsoft. OpenAI said it was surprised and disappointed by the suit.",
     ("OpenAI", "lawsuit", "Microsoft")),
    # a discontinued feature is an adjective, not a retreat of the subject
    ("Meta agreed to pay Texas to settle Paxton's lawsuit over Facebook's discontinued photo-tagging feature.",
     ("Texas Attorney General", "withdrawal", None)),
    # a retreat recommended by someone else has not happened
    ("Kenya suspended Worldcoin in August. A parliamentary committee later recommended that the project be shut down.",
     ("Worldcoin", "withdrawal", None)),
    # "an Oregon Democrat who has pressed DHS": the state describes the senator
    ("Sen. Ron Wyden, an Oregon Democrat who has pressed DHS about the purchases for years, criticised the findings.",
     ("Oregon", "criticism", "Department of Homeland Security")),
    # "have all been taken to court by content owners": a passive, its agent unnamed, not the story's plaintiff
    ("Reddit sued Anthropic on Wednesday. Anthropic, OpenAI and Stability AI have all been taken to court by content "
     "owners.", ("Reddit", "lawsuit", "OpenAI")),
    # "noyb, the group founded by Max Schrems, and La Quadrature du Net": the founder is no party of the list
    ("Google was fined in 2019. The case was brought by noyb, the group founded by Max Schrems, and La Quadrature du "
     "Net, which filed complaints against Google in May 2018.", ("Max Schrems", "complaint", "Google")),
    # "told police across the state to stop using X": the police used it, not the one who told them
    ("New Jersey's attorney general has told police across the state to stop using Clearview AI.",
     ("New Jersey Attorney General", "contract", "Clearview AI")),
    # "to look into how officers had been using the app": the clause has its own subject
    ("New Jersey Attorney General Gurbir Grewal barred police from using Clearview AI. He also asked the state's "
     "Division of Criminal Justice to look into how officers had been using the app.",
     ("New Jersey Attorney General", "contract", "Clearview AI")),
    # a former office holder leads an audit as a person, not as the office
    ("Microsoft divested from AnyVision. The decision follows an audit led by former US Attorney General Eric Holder "
     "and his team at a law firm, which Microsoft commissioned.", ("Attorney General", "investigation", "Microsoft")),
    # a regulator warning that others could face fines cautions; it does not criticise the firm they use
    ("Clearview AI was given a fine by the Dutch Data Protection Authority. Its chair, Aleid Wolfsen, warned that Dutch "
     "firms using Clearview could face fines too.", ("Dutch Data Protection Authority", "criticism", "Clearview AI")),
    # restraining orders against people are no order of the story
    ("Mercadona has been fined €2.5 million by the AEPD, the country's data protection agency, over cameras it put in "
     "40 shops to spot people with restraining orders against them.",
     ("Spanish Data Protection Agency", "order", "Mercadona")),
])
def test_not_this_event(text, bad):
    got = names(extract(text, "2024-07-30"))
    assert bad not in got, got


def test_what_a_regulator_called_intrusive_is_no_criticism_by_the_fined():
    got = names(extract("The CNIL has fined Amazon France Logistique €32 million for running what it called an excessively "
                        "intrusive system.", "2024-01-23"))
    assert not any(action == "criticism" for _, action, _ in got), got


def test_a_place_s_police_is_the_force_of_the_state_or_country_the_story_names():
    assert ("Norfolk police", "norfolk-police-virginia", "police") in mention_ids(
        "Virginia lawmakers acted after Norfolk police detectives had been using Clearview AI.")
    assert ("Norfolk police", "norfolk-constabulary", "police") in mention_ids(
        "In England, Norfolk police have trialled live facial recognition.")


def test_who_must_approve_a_ban_is_not_banned():
    got = names(extract("In 2021 Virginia barred local agencies from using facial recognition without explicit approval "
                        "from the General Assembly.", "2021-04-01"))
    assert ("Virginia", "ban", None) in got and not any(t == "General Assembly" for _, _, t in got), got


def test_a_capitalised_description_opening_a_name_is_no_reference():
    got = mention_ids("The LAPD shelved the program after the Police Commission's inspector general audited it.")
    assert not any(surface == "the Police" for surface, _, _ in got), got


def test_days_to_explain_is_no_order():
    got = names(extract("The AAIP opened an investigation into Worldcoin. The agency gave the Worldcoin Foundation ten "
                        "days to explain what data it collects.", "2023-08-09"))
    assert not any(action == "order" for _, action, _ in got), got


def test_money_a_party_is_obliged_to_pay_is_no_settlement():
    got = names(extract("The court ruled against Deliveroo. Under the order the company is obliged to pay the unions "
                        "50,000 euros in damages.", "2021-01-02"))
    assert not any(action == "settlement" for _, action, _ in got), got


def test_an_event_party_lists_the_names_the_text_gives_it():
    """A title and its holder's name together are one more name of the office; pronouns, descriptions and
    phrases naming several parties are no names of one party."""
    doc = extract("Texas Attorney General Ken Paxton sued Meta in 2022. The company later settled with Paxton.",
                  "2024-01-01")
    suit = next(e for e in doc["events"] if e["action"] == "lawsuit")
    assert suit["actor"]["mentions"] == ["Texas Attorney General", "Ken Paxton", "Texas Attorney General Ken Paxton",
                                         "Paxton"]
    assert "the company" not in suit["target"].get("mentions", [])
    both = extract("Kmart and Bunnings used facial recognition. Both retailers paused it after the OAIC's inquiry.",
                   "2024-01-01")
    assert all("Both retailers" not in (e[side] or {}).get("mentions", []) for e in both["events"]
               for side in ("actor", "target"))


def test_a_name_after_its_owners_possessive_is_a_name_of_the_party_too():
    doc = extract("Ukraine's Ministry of Defence began using Clearview AI's facial recognition in March.", "2024-01-01")
    use = next(e for e in doc["events"] if e["action"] == "contract")
    assert "Ministry of Defence" in use["actor"]["mentions"]


def test_a_pronoun_or_description_is_given_as_the_partys_name_with_its_surface():
    doc = extract("Amazon paused police sales of Rekognition. On Monday, IBM's chief executive, Arvind Krishna, told "
                  "lawmakers in a letter that the company would no longer offer facial recognition software.", "2020-06-10")
    retreats = {e["actor"]["id"]: e["actor"] for e in doc["events"] if e["action"] == "withdrawal"}
    assert set(retreats) == {"amazon", "ibm"}
    assert retreats["ibm"]["mention"] == "IBM" and retreats["ibm"]["surface"] == "the company"
    assert "surface" not in retreats["amazon"]


def test_a_lexicon_phrase_with_groups_nested_too_deep_is_refused():
    # (it would be matched as literal text and never fire, silently)
    from scrutiny.ingest.extract.lexicon import phrase_regex
    with pytest.raises(ValueError):
        phrase_regex("urged(?= to (?:stop|halt)(?! (?:police|state) use))")
    with pytest.raises(ValueError):
        phrase_regex("licen[cs]es?")  # (a character class outside a group)
    with pytest.raises(ValueError):
        phrase_regex("agreed to a deal\\b")  # (an escape outside a group: it would look for a backslash)
    assert re.match(phrase_regex("agreed to a deal(?!\\w)"), "agreed to a deal over claims")
    assert phrase_regex("urged(?= to (?:stop|halt) (?!police use))").startswith("urged")


def test_a_participle_or_adverb_opening_a_sentence_starts_no_name():
    # "Citing the Supreme Court's decision, ...", "Separately, the company ...": not part of a party's name
    surfaces = [s for s, _, _ in mention_ids("Citing the Supreme Court's 2018 decision, the judge ruled for the "
                                             "residents. Separately, Flock Safety said it would appeal.")]
    assert "Supreme Court" in surfaces and "Flock Safety" in surfaces
    assert not any(s.startswith(("Citing", "Separately")) for s in surfaces)


def test_a_dotted_abbreviation_inside_an_apposition_keeps_it_on_the_name_before():
    # "Clearview AI, the U.S. firm that ...": the firm is Clearview AI, not a company named earlier
    ids = mention_ids("7-Eleven photographed shoppers. The OAIC and the ICO have been jointly investigating Clearview "
                      "AI, the U.S. firm that built a face-search database from images scraped online.")
    assert ("the U.S. firm", "clearview-ai", "company") in ids


def test_parties_that_challenge_together_do_not_challenge_each_other():
    doc = extract("La Quadrature du Net and the Human Rights League, joined by teachers' unions, challenged the "
                  "trial, and in 2020 the administrative court in Marseille annulled the decision.", "2020-03-01")
    appeals = {(e["actor"]["name"], e["target"] and e["target"]["name"]) for e in doc["events"] if e["action"] == "appeal"}
    assert {actor for actor, _ in appeals} == {"La Quadrature du Net", "Ligue des droits de l'Homme"}, appeals
    assert not any(target in {"La Quadrature du Net", "Ligue des droits de l'Homme"} for _, target in appeals), appeals
