/**
 * Claims on tricky sentences, as table rows: [text, published, claim text, expected source names (nearest
 * first), expected modality, expected time value]. Hand-checked.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPipeline } from '../src/pipeline.ts';
import { buildReport } from '../src/report/build-report.ts';
import { assertReportInvariants } from './helpers/invariants.ts';
import { quoteSpans } from '../src/claims/find-quotes.ts';

type Row = [string, string | null, string, string[], string, string | null];

const ROWS: Row[] = [
  // Chains: nearest speaker first, then the outer source.
  ['According to a report from Reuters, the Health Ministry said on Monday that 45 people had died.', '2024-03-06', '45 people', ['Health Ministry', 'Reuters'], 'reported', null],
  ['Officials said more than 200 homes were destroyed.', '2024-03-06', 'more than 200 homes', ['officials'], 'reported', null],
  // A quotation with its speaker after it.
  ['“We counted 1,200 people in the shelters,” said Maria Lopez, the city’s emergency director.', '2024-03-06', '1,200 people', ['Maria Lopez'], 'reported', null],
  // A speaker described by a noun and its determiner, after a verb of speech; not the subject of another verb.
  ['Assem had logged 2,766 flying hours with EgyptAir, the airline said Thursday.', '2016-05-20', '2,766 flying hours', ['airline'], 'reported', '2016-05-19'],
  ['Hamdy, a mother of three, was headed to Cairo, her friend said.', '2016-05-20', 'three', ['her friend'], 'reported', null],
  ['The attack showed that 30 guards were asleep.', '2016-05-20', '30 guards', [], 'reported', null],
  // "according to X" set off by commas covers the clause that goes on after it.
  ['Since last November, according to Human Rights Watch, state security forces have killed more than 400 protesters.', '2016-05-20', 'more than 400 protesters', ['Human Rights Watch'], 'reported', null],
  // A poll named as one is the source of the figure found in it; the polls of an election are not.
  ['Clinton held a 24-point lead over Obama among black voters in a CNN national poll.', '2016-05-20', '24-point', ['CNN'], 'reported', null],
  ["Trump's support in the polls rose to 40 percent.", '2016-05-20', '40 percent', [], 'asserted', null],
  ['Only 7 percent were undecided when voters in Pennsylvania head to the polls.', '2016-05-20', '7 percent', [], 'asserted', null],
  ['He raised $7 million after the New Hampshire polls closed.', '2016-05-20', '$7 million', [], 'asserted', null],
  // A speaker set off by commas inside the sentence speaks for all of it; one closing a bracket, for what is before.
  ['In the three years since the Sandy Hook shootings, Barden says, far too many lives have been lost.', '2016-05-20', 'three years', ['Barden'], 'reported', null],
  ['She cared if her ratings (at one point as low as 19%, Gutin says) hurt her husband.', '2016-05-20', '19%', ['Gutin'], 'reported', null],
  // A document with its modifiers is the subject of "found": "a survey by …", "a study by the Council of the …".
  ['A survey by the organization in March found Mrs. Clinton with a lead of 48 percent over Mr. Sanders.', '2016-05-20', '48 percent', ['survey by the organization'], 'reported', null],
  ['Students take 112 standardized tests before they graduate, a study by the Council of the Great City Schools found.', '2016-05-20', '112 standardized tests', ['Council of the Great City Schools'], 'reported', null],
  // A date of where or when something was said is not what was said; a date a verb after it takes is. A capitalised
  // word inside a name ("The Associated Press") is no predicate.
  ["Ginsburg said in an interview with The Associated Press last week that she didn't want to think about it.", '2016-05-20', 'last week', [], 'asserted', '2016-W19'],
  ['Trump said, referring to the Sept. 16 debate on the network.', '2016-05-20', 'Sept. 16', [], 'asserted', '2015-09-16'],
  ['Adelson said on Friday he met Trump earlier this week.', '2016-05-20', 'earlier this week', ['Adelson'], 'reported', '2016-W20'],
  // "he" after a person the sentence names first (outside a quotation) is that person, not one named earlier.
  ['Bernie Sanders lost. Bill Taylor, an organizer of the rallies, said he expected up to 250,000 people.', '2016-05-20', 'up to 250,000 people', ['Bill Taylor'], 'expected', null],
  // ", and" after a clause joins clauses, not a list of speakers.
  ['He met Ali at the PGA Championship in Louisville, and Nicklaus said it is one of his 20 favorite pictures.', '2016-05-20', '20 favorite pictures', ['Nicklaus'], 'reported', null],
  // A list closed by its conjunction ends before ", X said"; an apposed name needs no entity, and may carry a relative
  // clause or an age.
  ['In all, hackers compromised 12 FDIC workstations, including those of other executives, and 10 servers, the congressional report said.', '2016-05-20', '10 servers', ['congressional report'], 'reported', null],
  ['At the rally, Stein, a physician from Massachusetts and longtime Green Party activist, said 3,000 emails were hidden.', '2016-05-20', '3,000 emails', ['Stein'], 'reported', null],
  ['81-year-old Parker Eaton, a nominal Republican who voted for JFK and Bill Clinton, said 20 people came.', '2016-05-20', '20 people', ['Parker Eaton'], 'reported', null],
  ['Senator John Cornyn of Texas, the No. 2 Republican in the Senate, said the chamber will vote on four gun control measures.', '2016-05-20', 'four gun control measures', ['John Cornyn'], 'planned', null],
  // A quotation before a speaker with a long name or an apposition; a name before the person's title qualifies it.
  ['“Attention will focus on the next two states,” Clinton campaign manager Robby Mook wrote.', '2016-05-20', 'two states', ['Robby Mook'], 'planned', null],
  ['“The question remains a great one for five justices,” Richard Hasen, a law professor at the University of California at Irvine, wrote.', '2016-05-20', 'five justices', ['Richard Hasen'], 'reported', null],
  ['Donald Trump and Hillary Clinton said 30 people came.', '2016-05-20', '30 people', ['Donald Trump', 'Hillary Clinton'], 'reported', null],
  // A surname the tagger takes for a verb or an adjective is still a name ("Welch/VERB said").
  ["''Bernie has been talking about income inequality since 1981,'' Peter Welch said.", '2016-05-20', '1981', ['Peter Welch'], 'reported', null],
  ['Mr. Brown said 40 people came.', '2016-05-20', '40 people', ['Brown'], 'reported', null],
  // A person set off after the subject with where they are from; a sentence the splitter cut after "(D-Md.)"; a
  // quotation closed by "!" with its speaker in the sentence after it.
  ['One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said he had made more than 150 phone calls.', '2016-05-20', 'more than 150 phone calls', ['Darran Whiting'], 'reported', null],
  ['Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that it was “100 percent committed to an open process.”', '2016-05-20', '100 percent', ['Elijah Cummings'], 'reported', null],
  ['“Alabama is proud to cast 36 votes for Donald J. Trump!” US Senator Jeff Sessions said as he launched the process.', '2016-05-20', '36 votes', ['Jeff Sessions'], 'reported', null],
  // A paragraph opened by a quotation with no speaker of its own, after a paragraph its speaker closed.
  ['“I’m very disappointed in the RNC,” Trump said.\n\n“For three debates now the room has been stacked with donors.”', '2016-05-20', 'three debates', ['Trump'], 'reported', null],
  // A clause that introduces a quotation with a colon speaks for it, whatever its verb; not for what it says itself.
  ['Kelly responded pointedly, with a smile: “Can happen when you’re 45.”', '2016-05-20', '45', ['Kelly'], 'reported', null],
  ['Cruz called them on it:\n\n“The 3 questions asked in this debate show why people don’t trust the media.”', '2016-05-20', '3 questions', ['Cruz'], 'reported', null],
  ['When Wallace died in 1998, President Clinton released the following statement:\n\n“We offer our condolences.”', '2016-05-20', '1998', [], 'asserted', '1998'],
  // A plural describes the speaker as the subject of a verb of speech; not the people a figure counts, nor an object.
  ['Other senators said they had met him 3 times.', '2016-05-20', '3 times', ['senators'], 'reported', null],
  ['Just 28 percent of voters said they had met him 3 times.', '2016-05-20', '3 times', [], 'reported', null],
  ['Executives who run news organizations say 3 papers closed.', '2016-05-20', '3 papers', [], 'reported', null],
  // A date the reported clause opens with is its content, not the speech act's date.
  ["Rachel Berg said Thursday's speeches have led her to count Trump out.", '2016-05-20', 'Thursday', ['Rachel Berg'], 'reported', '2016-05-19'],
  ['Officials said 2016 has seen 40 storms.', '2016-05-20', '2016', ['officials'], 'reported', '2016'],
  // The progressive is a speech act, the passive a hedge; a verb inside a quotation reports only inside it.
  ['The Florida senator is telling reporters that he is looking ahead to the 11 contests.', '2016-05-20', '11 contests', ['Florida senator'], 'reported', null],
  ['“I know a lot of my friends are telling me to vote,” said Mona Lamberson, 59, of North Philadelphia.', '2016-05-20', '59', [], 'asserted', null],
  ['“It’s according to age groups,” said Mattie Thomas, 66, a retired worker who lives about 25 miles south of Florence.', '2016-05-20', 'about 25 miles', [], 'asserted', null],
  ['What I’m always reminding people is that today 30 percent of voters are Latinos.', '2016-05-20', '30 percent', [], 'reported', null],
  // An aside set off by dashes between the speaker and the verb.
  ['The campaign manager — who spoke on condition of anonymity — said 30 people came.', '2016-05-20', '30 people', ['campaign manager'], 'reported', null],
  // A group of people qualified by a preposition is the speaker, not the noun phrase after the preposition; what the
  // preposition names is no list with what comes before it.
  ['Elected officials from both parties say he has served for 40 years.', '2016-05-20', '40 years', ['officials from both parties'], 'reported', null],
  ["Scott's relatives watched it on Thursday, attorneys for the family said.", '2016-05-20', 'Thursday', ['attorneys for the family'], 'reported', '2016-05-19'],
  ['In Britain, the cities of Blackpool and Liverpool said they would light 3 landmarks.', '2016-05-20', '3 landmarks', ['Blackpool', 'Liverpool'], 'planned', null],
  // Plural documents are sources on their own ("records show"), but "reports" (hearsay); a date between the
  // speaker and the verb is the speaker's or the speech act's, not what is said.
  ['He agreed to sell it to Mr. Trump in 2010, records show.', '2016-05-20', '2010', ['records'], 'planned', '2010'],
  ['Several polls show Sanders within two points of Clinton.', '2016-05-20', 'two points', ['polls'], 'reported', null],
  ['Reports indicate 300 troops died.', '2016-05-20', '300 troops', [], 'reported', null],
  // Naming something with a quotation is saying it ("called Friday's decision a “huge win”"), but a name given
  // ("so called", "a group called “The Local”"), and "called for"; a date after the medium of a speech act is its date.
  ['Ohio Democratic Party Chairman David Pepper called Friday\'s decision a "huge win for Ohio voters."', '2016-05-20', 'Friday', ['David Pepper'], 'reported', '2016-05-20'],
  ['Trump called the system “rigged” in a tweet Tuesday.', '2016-05-20', 'Tuesday', [], 'asserted', '2016-05-17'],
  ['Trump said the system was “rigged” in a tweet Tuesday.', '2016-05-20', 'Tuesday', [], 'asserted', '2016-05-17'],
  ['The so called “Implementation Initiative” was called by the SVP to force the government to adopt the measures passed in 2010.', '2016-05-20', '2010', [], 'asserted', '2010'],
  ['Sanders called for 3 new taxes.', '2016-05-20', '3 new taxes', ['Sanders'], 'reported', null],
  // A question or a request put to someone reports the asker's words; a figure right after "asked" is the listener.
  ['Todd asked Pence whether that would take place before the November election.', '2016-05-20', 'November', ['Todd'], 'questioned', '2016-11'],
  // A poll named in the sentence: past another "in" before it, with "of" and "most recent" in its name; in the subject,
  // of what follows too; not "most Iowa polls".
  ['Kasich finished 8 points ahead of Clinton in hypothetical matchups in recent polls.', '2016-05-20', '8 points', ['recent polls'], 'reported', null],
  ["President Obama's job approval rating in the latest Washington Post-ABC News Poll stands at a robust 53%.", '2016-05-20', '53%', ['Washington Post-ABC News Poll'], 'reported', null],
  ['Kasich was at 25 percent support in the most recent Fox poll.', '2016-05-20', '25 percent', ['most recent Fox poll'], 'reported', null],
  ['Rubio, running third in most Iowa polls, lost 3 delegates.', '2016-05-20', '3 delegates', [], 'asserted', null],
  // A reporting verb the tagger calls a noun after a name ("Schweizer notes/NOUN the foundation …"); "pointed out that".
  ['For example, Schweizer notes the foundation hid four donations.', '2016-05-20', 'four donations', ['Schweizer'], 'reported', null],
  ['Politifact then pointed out that one shooting may have more than one victim.', '2016-05-20', 'more than one victim', ['Politifact'], 'expected', null],
  // A participle of speech after a comma speaks for the clause's subject ("…, saying that …"), through an apposition;
  // but "claiming" a figure is winning it, and a participle that is no speech act reports nothing.
  ['Mr. Obama revised his withdrawal plans in October, saying that about 5,500 troops would remain in the country.', '2016-05-20', 'about 5,500 troops', ['Obama'], 'planned', null],
  ['Michael J. Petrilli, president of the Thomas B. Fordham Institute, tied the scores to graduation rates, saying the law helped 3 million kids.', '2016-05-20', '3 million kids', ['Michael J. Petrilli'], 'reported', null],
  ["“Overtime protections have been weakened,” Mr. Biden added, noting that 60 percent of salaried workers qualified then.", '2016-05-20', '60 percent', ['Biden'], 'reported', null],
  ['Tenney won the primary, claiming 41 percent of the vote.', '2016-05-20', '41 percent', [], 'asserted', null],
  ['The storm hit the coast, killing 12 people.', '2016-05-20', '12 people', [], 'asserted', null],
  // A ruling that something is so reports it; ruling a place does not.
  ['The judge ruled that 300 ballots were invalid.', '2016-05-20', '300 ballots', ['judge'], 'reported', null],
  ['Trump ruled the state for 12 years.', '2016-05-20', '12 years', [], 'asserted', null],
  // What someone calls for is theirs; the date of the call before it is not.
  ['Sanders has called for the national minimum wage to be raised to $15 by 2020.', '2016-05-20', '$15', ['Sanders'], 'reported', '2020'],
  ['In July, the NAACP called for a moratorium on charter schools.', '2016-05-20', 'July', [], 'asserted', '2015-07'],
  // "it said": the organisation named last before speaks, when there is one.
  ['Acme Corp. reported a loss on Monday. “We sold 300 units,” it said.', '2016-05-20', '300 units', ['Acme Corp.'], 'reported', null],
  ['The storm moved north. It said 300 homes lost power.', '2016-05-20', '300 homes', [], 'reported', null],
  // A document further back, through what describes it, reports with a bare "show" (tagged a noun) or after a
  // participle in -en and a time ("polls taken over the past two weeks shows").
  ['Exit polls conducted by Edison Research for NBC News show two-thirds of voters back the ban.', '2016-05-20', 'two-thirds of voters', ['Edison Research', 'NBC News'], 'reported', null],
  ['The average of polls taken over the past two weeks shows Clinton leading by 3 points.', '2016-05-20', '3 points', ['polls'], 'reported', null],
  ['The network show drew 3 million viewers.', '2016-05-20', '3 million viewers', [], 'asserted', null],
  // "which" with no comma after an organisation's name hangs on it; "who" might hang on a person before the name.
  ['They turned to the Chicago Police Department which reported 2,521 shooting incidents in the city.', '2016-05-20', '2,521 shooting incidents', ['Chicago Police Department'], 'reported', null],
  // "point out" and "note" are verbs of speech: a speaker described by a noun speaks ("The candidate pointed out").
  ['The candidate pointed out that Sen. Ted Cruz must win 58 percent of the outstanding delegates.', '2016-05-20', '58 percent', ['candidate'], 'reported', null],
  ['While one company says there are more than 2,400 billionaires in the world, others disagree.', '2016-05-20', 'more than 2,400 billionaires', ['one company'], 'reported', null],
  // A participle between a determiner and its noun belongs to the source phrase ("an archived version of …").
  ['According to a leaked memo, the company cut 300 jobs.', '2016-05-20', '300 jobs', ['leaked memo'], 'reported', null],
  // After a quotation, what follows its speaker's verb says where and how it was said, unless a reported clause or
  // another quotation follows.
  ["“I'm going to say it again,” Mr. Rubio said in front of a crowd of about 1,000 people who packed the cafeteria.", '2016-05-20', 'about 1,000 people', [], 'asserted', null],
  ['“We won,” Trump said Tuesday, adding that 3 states would follow.', '2016-05-20', '3 states', ['Trump'], 'planned', null],
  ['“We won,” Trump said, and he said that 3 states would follow.', '2016-05-20', '3 states', ['Trump'], 'planned', null],
  // A reporting verb the tagger calls a noun after a document's noun, before a colon.
  ['The Heritage Foundation website notes: "In the fall of 1960, some 90 young conservatives met."', '2016-05-20', 'some 90', ['Heritage Foundation'], 'reported', '1960-FA'],
  // A pronoun after the listener of "tell" is the teller ("told reporters he feels"), not whom the article named last.
  ['Joni Ernst spoke first. The Florida senator told reporters he expects to win 3 states.', '2016-05-20', '3 states', ['Florida senator'], 'expected', null],
  // A prepositional phrase set off by commas between the speaker and the verb is an aside.
  ['Cement makers, for instance, argue that imports grew to 40 percent of the market.', '2016-05-20', '40 percent', ['Cement makers'], 'reported', null],
  // Putting something at a figure is an estimate of it; putting a thing somewhere is not.
  ['As for Mr. Bloomberg, Forbes put his net worth at $45 billion.', '2016-05-20', '$45 billion', ['Forbes'], 'reported', null],
  ['He put 3 books on the table.', '2016-05-20', '3 books', [], 'asserted', null],
  ['He asked 300 supporters for money.', '2016-05-20', '300 supporters', [], 'asserted', null],
  // A pronoun right after a verb of speech is its speaker ("officials said they hoped"), not whom the article named
  // last; an adverb set off by commas before the verb is skipped.
  ['The Democratic Party met. Administration officials, however, said they hoped the move would draw 300 firms.', '2016-05-20', '300 firms', ['Administration officials'], 'planned', null],
  // A trailing "according to X" names where the figure comes from, before the speaker whose words carry it; but not
  // from inside brackets the claim is not in.
  ["His campaign manager, Jeff Weaver, says the candidate can still close the gap in pledged delegates, which stood at 263 entering Tuesday's primary, according to the Associated Press.", '2016-05-20', '263', ['Associated Press', 'Jeff Weaver'], 'reported', null],
  ['Trump repeated his claim that 81 percent of victims were white (the actual number is closer to 15 percent, according to Factcheck.org).', '2016-05-20', '81 percent', ['Trump', 'Factcheck'], 'reported', null],
  // A date after a reported clause's subject and auxiliary is what is said, not when ("say Republican turnout is
  // higher this year"); a relative clause set off by commas between the speaker and the verb is skipped.
  ['Political scientists say Republican turnout is higher this year.', '2016-05-20', 'this year', ['Political scientists'], 'reported', '2016'],
  ['Trump said on Monday he would win.', '2016-05-20', 'Monday', [], 'planned', '2016-05-16'],
  ['Executives for Mondelez, which generated more than $30 billion in revenue last year, say the company will save $46 million annually.', '2016-05-20', '$46 million', ['Mondelez'], 'planned', null],
  ['One attendee, who like others spoke on the condition of anonymity, said the campaign would end in March.', '2016-05-20', 'March', ['One attendee'], 'planned', '2017-03'],
  // "Report" is a verb of speech: its subject is a described speaker. A double hyphen ends the reported clause as a
  // dash does; a participial aside between a document and its verb is skipped.
  ['The online retail giant reported a profit of $1.78 per share.', '2016-05-20', '$1.78 per share', ['online retail giant'], 'reported', null],
  ['A six-year trend of declining deficits will end, the nonpartisan Congressional Budget Office reported on Tuesday -- a development that could shape the debate.', '2016-05-20', 'six-year', ['Congressional Budget Office'], 'expected', null],
  ['A Fox News poll, conducted jointly with two firms, shows Sanders with 47 percent.', '2016-05-20', '47 percent', ['Fox News'], 'reported', null],
  // A capitalised verb inside a sentence is a word of a name; not in a headline written in title case.
  ['The Morning Consult poll showed that Trump led with 42 percent.', '2016-05-20', '42 percent', ['Morning Consult'], 'reported', null],
  ['Trump Says 300 Troops Arrived in Iowa', '2016-05-20', '300 Troops', ['Trump'], 'reported', null],
  // A group placed by "on", "in" or "at" after "according to" is the source, a time after it is not.
  ['Pelosi aired her concerns during a Saturday night conference call, according to a source on the call.', '2016-05-20', 'Saturday night', ['source on the call'], 'reported', '2016-05-14TNI'],
  ['The army lost 300 tanks, according to officials on Monday.', '2016-05-20', '300 tanks', ['officials'], 'reported', '2016-05-16'],
  ['Wealthy conservatives are helping pay for 3 ads, disclosures filed on Sunday night revealed.', '2016-05-20', 'Sunday night', [], 'asserted', '2016-05-15TNI'],
  ['Trump on Sunday tweeted that 3 rallies were canceled.', '2016-05-20', 'Sunday', [], 'asserted', '2016-05-15'],
  // A pronoun inside a quotation points into the speaker's world, not at whom the article named last.
  ['The Republican National Committee met on Monday. “Show me somebody who is accurate in everything that they say happened 40 years ago,” Carson told ABC by phone.', '2016-05-20', '40 years', ['Carson'], 'reported', null],
  // What "according to" names is a noun phrase whatever the tagger says of its words; a participle before a noun.
  ['Oksuz registered Harmony in New Jersey in 2010, according to state corporate records.', '2016-05-20', '2010', ['state corporate records'], 'reported', '2010'],
  ['A Reuters rolling poll shows Trump at the top with 36 percent support.', '2016-05-20', '36 percent', ['Reuters'], 'reported', null],
  // A word after a modal is a verb ("could drive/NOUN"), so the date is not the speech act's; a participial aside
  // between the speaker and the verb.
  ['It’s a dynamic Greenberg said could drive moderates toward Democrats this fall.', '2016-05-20', 'this fall', ['Greenberg'], 'expected', '2016-FA'],
  ['Circuit Court Judge David McKeague, writing for the majority in the 2-1 decision, said Ohio’s 29-day early voting period is generous.', '2016-05-20', '29-day', ['David McKeague'], 'reported', null],
  // A quotation after "X said," is what is said, not the sentence before the speaker; so is one after a colon,
  // opened by two apostrophes.
  ['In February, as a protester was being removed from an event, Mr. Trump said, “I’d like to punch him in the face.”', '2016-05-20', 'February', [], 'asserted', '2016-02'],
  ["On Saturday, Mr. Trump said on Twitter: ''Hillary Clinton has 3 votes.''", '2016-05-20', 'Saturday', [], 'asserted', '2016-05-14'],
  // A document's own date after its phrase is not what it reports; "May" in a sentence is the month, no modal.
  ['In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47 percent to 39 percent.', '2016-05-20', 'May', [], 'asserted', '2016-05'],
  ['In an interview with CNN on Sunday, Mr. Rhodes sought to clarify the comment.', '2016-05-20', 'Sunday', [], 'asserted', '2016-05-15'],
  ['Troops arrived on Sunday, according to the ministry.', '2016-05-20', 'Sunday', ['ministry'], 'reported', '2016-05-15'],
  // A speaker label after a heading and a dash covers the quotation after it, not the heading's own verb; it may name two.
  ['Pollsters agree - Carl Bialik: “The polls failed because they were 3 points wrong.”', '2016-05-20', '3 points', ['Carl Bialik'], 'reported', null],
  ['IOWA POLLS NOT WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “The polls were 3 points wrong.”', '2016-05-20', '3 points', ['Mark Blumenthal and Jon Cohen'], 'reported', null],
  // A reporting verb coordinated with another verb speaks for that verb's subject.
  ['McConnell was quick to embrace the mogul and said this week that Trump will be very competitive in November.', '2016-05-20', 'November', ['McConnell'], 'planned', '2016-11'],
  // Polling as a document ("Exit polling/VERB shows"), and a poll dated by "out this week".
  ['Exit polling shows he won 83% of voters in Pennsylvania.', '2016-05-20', '83%', ['Exit polling'], 'reported', null],
  ['A University of New Hampshire poll out this week shows Clinton with an 8-point lead over Trump.', '2016-05-20', '8-point', ['University of New Hampshire'], 'reported', null],
  // An aside covers what follows only when a clause goes on after it or it parts a verb from its object.
  ['Centerview earned about $600 million last year, according to public filings, a huge sum for a firm with 35 partners.', '2016-05-20', '35 partners', [], 'asserted', null],
  ['G4S receives, according to one report, $234 million in security contracts from DHS.', '2016-05-20', '$234 million', ['one report'], 'reported', null],
  // What "according to" names is a source, whatever its head noun.
  ['London was the financial capital of the world in 2015, according to one global index.', '2016-05-20', '2015', ['one global index'], 'reported', '2015'],
  // An upstream source named in one sentence stands behind the same speaker's figures in the next.
  ['Lawmaker Lee Seong-kweun told reporters, citing the National Intelligence Service, that troops had arrived. Lee said 3,000 more troops would follow.', '2024-11-05', '3,000 more troops', ['Lee Seong-kweun', 'National Intelligence Service'], 'planned', null],
  // Post-posed speaker.
  ['About 3,000 troops were sent last fall, the agency estimated.', '2025-06-19', 'About 3,000 troops', ['agency'], 'estimated', '2024-FA'],
  // Negation: "did not deny" is no denial; "denied" is.
  ['The ministry denied that 500 soldiers had been sent.', '2024-03-06', '500 soldiers', ['ministry'], 'denied', null],
  ['Putin did not deny that 12,000 soldiers had arrived.', '2024-03-06', '12,000 soldiers', ['Putin'], 'reported', null],
  // Hedges and the future.
  ['The army is believed to have lost 40 tanks.', '2024-03-06', '40 tanks', [], 'believed', null],
  ['The company will cut 2,000 jobs next year.', '2024-03-06', '2,000 jobs', [], 'planned', '2025'],
  ['Up to 5,000 workers could be deployed as early as July or August.', '2025-06-19', 'Up to 5,000 workers', [], 'expected', '2025-07/2025-08'],
  // The outlet's own voice.
  ['The bridge, built in 1968, is 1.2 km long.', '2024-03-06', '1.2 km', [], 'asserted', null],
  // A speaker after a comma is not joined to the noun before the comma; a figure whose clause has no verb of its
  // own is still the content of "…, X said".
  ['A couple and their two children were among the passengers, ministry spokesman Benali Abdelaziz said Thursday.', '2016-05-20', 'two children', ['Benali Abdelaziz'], 'reported', null],
  // "…, X say; …": the speaker closes the clause before the semicolon.
  ['Candidates need about 40 percent of the Hispanic vote, political analysts say; in 2012, Mitt Romney won 27 percent.', '2016-05-20', 'about 40 percent', ['political analysts'], 'reported', null],
  ['Candidates need about 40 percent of the Hispanic vote, political analysts say; in 2012, Mitt Romney won 27 percent.', '2016-05-20', '27 percent', [], 'asserted', null],
  // "According to" opening a clause after a colon, or after a leading conjunction, covers what follows.
  ['It has not gone unnoticed: according to recent polls, the mayor holds only 14 percent of the vote.', '2016-05-20', '14 percent', ['recent polls'], 'reported', null],
  ['But according to official statistics, 9.9 million single mothers live in the country.', '2016-05-20', '9.9 million single mothers', ['official statistics'], 'reported', null],
  // "the institute": the organisation of the document named so.
  ['The Quinnipiac University Polling Institute surveyed voters in March. Mrs. Clinton leads 49 percent to 41 percent, according to the institute.', '2016-05-20', '49 percent to 41 percent', ['Quinnipiac'], 'reported', null],
  // Quotations closed with two apostrophes, as some outlets write them.
  ["''Some three million New Yorkers were unable to vote today,'' Mr. Sanders said.", '2016-04-20', 'Some three million New Yorkers', ['Sanders'], 'reported', null],
  ["''We have to invest to stay in business for another 100 years,'' said Robert McDonough, a senior executive at Carrier.", '2016-04-20', '100 years', ['Robert McDonough'], 'reported', null],
  // Documents report: a figure that is the object of "found"/"show" is their content; a listener is not.
  ['A recent CNN survey found 90 percent support for background checks.', '2016-05-20', '90 percent', ['CNN'], 'reported', null],
  ['Polls show as many as 30 percent of his backers will stay home.', '2016-05-20', 'as many as 30 percent', ['Polls'], 'planned', null],
  ['In all, the host committee raised $57 million, Federal Election Commission records show.', '2016-05-20', '$57 million', ['Federal Election Commission'], 'reported', null],
  ['Exit polling showed that Clinton won every group except voters under 30.', '2016-05-20', 'under 30', ['Exit polling'], 'reported', null],
  ['The senator told 300 supporters in Ohio that the race was close.', '2016-05-20', '300 supporters', [], 'asserted', null],
  // A source phrase's head noun is before its preposition and not a trailing participle.
  ['Users spent just one minute a day on the site, according to recent data from comScore.', '2016-05-20', 'one minute', ['recent data from comScore'], 'reported', null],
  ['The governor put his name forward in 2012, according to officials involved at the time.', '2016-05-20', '2012', ['officials involved'], 'reported', null],
  ['About 40 rabbis plan to join the protest, according to an organizer.', '2016-05-20', 'About 40 rabbis', ['organizer'], 'planned', null],
  // A plural's possessive apostrophe; an organisation named only by its description.
  ['Bernie Sanders’ campaign says it raised more than $21 million in January.', '2016-02-01', 'more than $21 million', ['Bernie Sanders'], 'reported', null],
  ['The bank said that it had fired thousands of employees.', '2016-09-20', 'thousands of employees', ['bank'], 'reported', null],
  // A date in the reported clause is its content; a date of the speech act is not.
  ['Campaign aides said the average donation during the fourth quarter was $27.16.', '2016-02-01', 'the fourth quarter', ['Campaign aides'], 'reported', null],
  ['The ministry said in a statement on Tuesday that 500 soldiers had died.', '2016-02-04', 'Tuesday', [], 'asserted', null],
  // A country naming whose documents they are is not their source.
  ['The share fell to 0.8% in 2014, U.S. Census data show.', '2016-05-09', '0.8%', ['U.S. Census data'], 'reported', null],
  // A paragraph ending "X reports:" introduces the quotation after it.
  ['Clinton has few small donors.\n\nThe New York Times reports:\n\n"Just 24 percent of her money came from small donors."', '2016-05-09', '24 percent', ['New York Times'], 'reported', null],
  // "X said:" opens what follows; a person the phrase ends with, not the country before.
  ['In a statement, Priorities USA chief strategist Guy Cecil said: “The Republicans are trying to pick their opponent in November.”', '2016-01-19', 'November', ['Guy Cecil', 'statement'], 'reported', null],
  // A speaker phrase holds a hyphenated word and "of" inside a name; "X reports." closes a sentence.
  ['In Chicago, organizers added 160 security personnel along the route, the Sun-Times reported.', '2016-07-04', '160 security personnel', ['Times'], 'reported', null],
  ['Sentiment has been higher than in any year since 2004, the University of Michigan reported last week.', '2016-07-04', '2004', ['University of Michigan'], 'reported', null],
  ['Bonuses for bankers were $500 every three months, The Wall Street Journal reports.', '2016-07-04', '$500', ['Wall Street Journal'], 'reported', null],
  // The speaker named before appositions: an age, a description, a relative clause.
  ['Marley Anderson, 21, a junior from Las Vegas, said she first voted in a caucus on Saturday.', '2016-02-22', 'Saturday', ['Marley Anderson'], 'reported', null],
  ['And on Tuesday, Kevin Brady, chairman of the House Ways and Means Committee, said that Republicans might include a two-year delay.', '2016-05-20', 'two-year', ['Kevin Brady'], 'expected', null],
  // "…, says he …": "he" is the reported clause's subject, not a speaker after the verb; an age is nobody's claim.
  ['Woodrow Benford, 58, who lives outside Minneapolis, says he did not know much about the senator.', '2016-05-20', '58', [], 'asserted', null],
  // A time between the speaker and the verb is not the speaker, nor is a participle dating the speaker.
  ['A Marist poll released Saturday found that 28 percent of voters backed the mayor.', '2016-05-20', '28 percent', ['Marist'], 'reported', null],
  ['The union on Sunday tweeted that 300 workers had been hired.', '2016-05-20', '300 workers', ['union'], 'reported', null],
  ['Mr. Okafor later Thursday told reporters that 12 schools would close.', '2016-05-20', '12 schools', ['Okafor'], 'planned', null],
  // A speaker's label opens a paragraph; a profile's field names are no speakers.
  ['The panel met on Monday.\n\nMARIA LOPEZ: We were paid $9 an hour.', '2016-05-20', '$9 an hour', ['Maria Lopez'], 'reported', null],
  ['Name: Maria Lopez\n\nAge: 34\n\nPay: $9 an hour plus tips', '2016-05-20', '$9 an hour', [], 'asserted', null],
  // (After the quotation mark that opens each paragraph of a quoted transcript.)
  ['Pence was asked.\n\n"WALLACE: Will she be there?\n\n"PENCE: She will not attend with 2 guests.', '2016-05-20', '2 guests', ['PENCE'], 'denied', null],
  // A relative clause set off by a comma speaks for the name it hangs on; without the comma it may hang on any noun.
  ['The plan was backed by Mayor Jane Okafor, who said 300 workers would be hired by June.', '2016-05-20', '300 workers', ['Jane Okafor'], 'planned', null],
  ['He cited a professor at Lakeview University who predicted that 12 states would flip.', '2016-05-20', '12 states', [], 'planned', null],
  // A label after a heading and a dash, opening a quotation; a dash in a sentence opens none.
  ['Turnout rose.\n\nRECORD TURNOUT IN OHIO - Dana K. Whitfield: “The caucus beat its record of 121,354 voters.”', '2016-02-03', '121,354 voters', ['Dana K. Whitfield'], 'reported', null],
  ['Turnout rose.\n\nThe count went on - officials said: “a record 121,354 voters came.”', '2016-02-03', '121,354 voters', ['officials'], 'reported', null],
  ['Turnout shifted.\n\nSigns were there all along -More from Mark Blumenthal and Jon Cohen: “Trump lost 6 points in the first days.”', '2016-02-03', '6 points', ['Mark Blumenthal and Jon Cohen'], 'reported', null],
  // (After "More from", a surname alone or a document.)
  ['Turnout shifted.\n\nSigns were there all along -More from Blumenthal and Cohen: “Trump lost 6 points in the first days.”', '2016-02-03', '6 points', ['Blumenthal and Cohen'], 'reported', null],
  ['Samples differ.\n\nIt is not enough - More from the report: “Only 12 online vendors weight their samples.”', '2016-02-03', '12 online vendors', ['the report'], 'reported', null],
  // A paragraph ending "as follows:" or "the following …:" introduces the quoted paragraphs after it, by its subject.
  ['The senator spoke.\n\nTranscript as follows:\n\n"We arrived in Cleveland and met 40 voters."', '2016-05-20', '40 voters', ['Transcript'], 'reported', null],
  ['It was treated differently.\n\nOn July 6, 2015, Senator Sanders made the following comment:\n\n“For young people the rate is 51 percent.”', '2016-05-20', '51 percent', ['Sanders'], 'reported', null],
];

for (const [text, published, claimText, sources, modality, time] of ROWS) {
  test(`claim: ${text.slice(0, 60)}`, () => {
    const corpus = runPipeline([{ label: 'x', source: { path: 'x', url: null, outlet: null }, format: 'text', raw: text, meta: { published } }], { now: new Date('2026-01-01') });
    const report = buildReport(corpus);
    assertReportInvariants(report);
    const c = report.claims.find((x) => x.text === claimText || x.text.includes(claimText) || claimText.includes(x.text));
    assert.ok(c, `a claim on "${claimText}" among ${JSON.stringify(report.claims.map((x) => x.text))}`);
    const names = new Map(report.entities.map((e) => [e.id, e.name]));
    const got = c.attribution.map((a) => (names.get(a.source) ?? a.source).toLowerCase());
    assert.equal(got.length, sources.length, `sources ${JSON.stringify(got)}`);
    sources.forEach((s, i) => assert.ok(got[i].includes(s.toLowerCase()), `source ${i}: ${got[i]} for ${s}`));
    assert.equal(c.modality, modality);
    if (time) assert.equal(c.time?.value, time);
  });
}

test('a derivative passage yields derivative claims; comments yield none', () => {
  const raw = [
    'Rescuers pulled 14 survivors from the rubble on Friday, the fire service said.',
    'The search went on overnight in the district.', 'Officials expect the toll to rise as teams reach the north.',
    'Volunteers brought food and water to the families.',
    'Key points:', '1. Rescuers pulled 14 survivors from the rubble.', '2. The search went on overnight.',
    '3 Comments', 'Reader One', 'I heard 500 people are missing!', 'Reader Two', 'Stay safe.',
  ].join('\n');
  const corpus = runPipeline([{ label: 'x', source: { path: 'x', url: null, outlet: null }, format: 'text', raw, meta: { published: '2024-03-08' } }]);
  const claims = corpus.documents[0].claims;
  assert.deepEqual(claims.filter((c) => c.text.includes('14')).map((c) => c.origin), ['body', 'derivative']);
  assert.ok(!claims.some((c) => c.text.includes('500')), 'no claim from comments');
});

test('quotations: curly, straight and two-apostrophe marks, each closed by its own kind', () => {
  const text = "He said “we will win” and \"we will stay\"; she said ''it's over,'' and left.\n\n“An unclosed quotation runs to its paragraph's end";
  const spans = quoteSpans(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ['“we will win”', '"we will stay"', "''it's over,''", "“An unclosed quotation runs to its paragraph's end"]);
});

test('a participle after a post-posed speaker has no speaker after it: what follows it is what it says', () => {
  const text = '“Thirty years ago, it was booming,” Ms. Hughes said, pointing out where Courtland\'s hardware store, the pharmacy and the five-and-dime used to be.';
  const corpus = runPipeline([{ label: 'x', source: { path: 'x', url: null, outlet: null }, format: 'text', raw: text, meta: { published: '2016-05-20' } }]);
  const report = buildReport(corpus);
  const names = new Map(report.entities.map((e) => [e.id, e.name]));
  const time = report.claims.find((c) => c.kind === 'time');
  assert.deepEqual(time?.attribution.map((a) => names.get(a.source) ?? a.source), ['Hughes']);
});

test('quotations closed by a mark of the other kind: a straight one by a curly one, a curly one by a mistyped opening mark', () => {
  const text = '"Never underestimate Trump,” Reid said. “It\'s unusual,“ said Larry Noble. “It\'s hard.”';
  const spans = quoteSpans(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ['"Never underestimate Trump,”', '“It\'s unusual,“', '“It\'s hard.”']);
});

test('a sentence the cheap test rules out has no upstream cue', async () => {
  const { findSources, mayHoldUpstreamCue } = await import('../src/claims/find-sources.ts');
  const { sentenceParts } = await import('../src/claims/sentence-parts.ts');
  const { withTokens } = await import('../src/model/pack-tokens.ts');
  const text = 'Lee, who cited the agency, said 300 died. Officials, quoting a report from the ministry, said 20 more were hurt. ' +
    'He referred to a briefing by the army. The sourced figure, 40, rose. Lee said 12 troops left. According to Reuters, 9 came back.';
  const corpus = runPipeline([{ label: 'a', source: { path: 'a', url: null, outlet: null }, format: 'text', raw: text, meta: { published: '2024-11-05' } }]);
  const doc = corpus.documents[0];
  let ruledOut = 0;
  withTokens(doc, () => {
    for (const s of doc.sentences) {
      const parts = sentenceParts(doc, s);
      const upstream = findSources(doc, parts, []).some((c) => c.upstream);
      if (!mayHoldUpstreamCue(doc.text, parts.sentence)) {
        ruledOut++;
        assert.equal(upstream, false, doc.text.slice(s.start, s.end));
      }
    }
  });
  // The last two sentences (a plain speaker, "according to") hold none, and the test says so.
  assert.equal(ruledOut, 2);
});
