/**
 * English word classes of reconciliation: which counted things are the same kind of thing, which predicates
 * are the same kind of event, which nouns name the same kind of object. Small, general classes (news usage),
 * never a list for one story.
 */

/** Counted things, by class. A unit's head noun (singular, lower case) is looked up here. */
export const UNIT_CLASSES: Record<string, string[]> = {
  people: [
    'troop', 'soldier', 'personnel', 'serviceman', 'servicemen', 'servicemember', 'force', 'fighter', 'combatant',
    'sapper', 'deminer', 'engineer', 'specialist', 'worker', 'builder', 'labourer', 'laborer', 'recruit', 'conscript',
    'reservist', 'marine', 'paratrooper', 'officer', 'staff', 'member', 'volunteer', 'mercenary', 'militant',
    'person', 'people', 'man', 'woman', 'child', 'civilian', 'resident', 'refugee', 'migrant', 'evacuee',
    'victim', 'casualty', 'survivor', 'student', 'employee', 'protester', 'prisoner', 'detainee', 'hostage', 'voter',
    'patient', 'passenger', 'citizen', 'individual', 'adult', 'inhabitant', 'family', 'household', 'unit', 'crew',
  ],
  money: ['dollar', 'euro', 'pound', 'yen', 'yuan', 'rouble', 'ruble', 'won', 'rupee', 'franc', 'usd', 'eur', 'gbp', 'cent'],
  percent: ['percent', 'percentage', 'per cent', '%', 'pct', 'point', 'percentage point'],
  length: ['km', 'kilometre', 'kilometer', 'mile', 'metre', 'meter', 'm', 'foot', 'feet', 'yard', 'cm', 'mm'],
  area: ['hectare', 'acre', 'square kilometre', 'square kilometer', 'square mile', 'km2', 'sq km'],
  weight: ['tonne', 'ton', 'kg', 'kilogram', 'gram', 'pound weight', 'lb'],
  duration: ['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century'],
  munition: ['shell', 'artillery shell', 'round', 'missile', 'rocket', 'bomb', 'drone', 'munition', 'ammunition', 'grenade', 'mine'],
  vehicle: ['tank', 'vehicle', 'aircraft', 'plane', 'jet', 'helicopter', 'ship', 'vessel', 'boat', 'truck'],
  building: ['home', 'house', 'building', 'apartment', 'school', 'hospital', 'structure', 'dwelling'],
};

/** Predicates, by event class; lemmas not listed form a class of their own. */
export const PREDICATE_CLASSES: Record<string, string[]> = {
  deploy: ['send', 'deploy', 'dispatch', 'station', 'arrive', 'transfer', 'move', 'mobilize', 'mobilise', 'post', 'assign', 'contribute', 'supply troops', 'commit', 'assist', 'support', 'help', 'aid', 'join', 'fight', 'serve', 'train', 'reinforce'],
  die: ['die', 'perish', 'kill', 'dead', 'slay', 'lose', 'fall', 'succumb', 'claim'],
  injure: ['injure', 'wound', 'hurt', 'maim', 'harm'],
  supply: ['supply', 'provide', 'deliver', 'ship', 'transport', 'export', 'sell', 'give', 'transfer weapons', 'receive', 'produce', 'manufacture'],
  agree: ['sign', 'establish', 'conclude', 'seal', 'forge', 'ink'],
  ratify: ['ratify', 'approve', 'adopt', 'pass', 'endorse'],
  acknowledge: ['acknowledge', 'admit', 'confirm', 'recognise', 'recognize', 'disclose', 'concede'],
  attack: ['attack', 'strike', 'shell', 'bomb', 'launch', 'fire', 'invade', 'raid', 'hit', 'target', 'assault'],
  arrest: ['arrest', 'detain', 'capture', 'seize', 'apprehend', 'charge'],
  evacuate: ['evacuate', 'flee', 'displace', 'relocate', 'leave'],
  visit: ['visit', 'meet', 'travel', 'tour', 'hold'],
};

/** Predicates too general to identify an event. */
export const GENERIC_PREDICATES = new Set(['be', 'have', 'do', 'make', 'take', 'get', 'go', 'come', 'see', 'say', 'tell', 'report', 'state', 'follow', 'include', 'become', 'remain', 'show', 'begin', 'start', 'continue', 'use']);

/** Nouns that name the object of an event, by class ("treaty" and "agreement" are the same kind of thing). */
export const OBJECT_CLASSES: Record<string, string[]> = {
  agreement: ['treaty', 'agreement', 'pact', 'deal', 'accords', 'partnership', 'alliance', 'memorandum', 'protocol', 'clause'],
  deployment: ['deployment', 'dispatch', 'troop', 'troops', 'soldier', 'soldiers', 'personnel', 'force', 'forces', 'involvement', 'participation'],
  election: ['election', 'vote', 'ballot', 'referendum', 'poll'],
  earthquake: ['earthquake', 'quake', 'tremor', 'aftershock'],
  attack: ['attack', 'strike', 'offensive', 'incursion', 'invasion', 'assault', 'raid', 'bombing', 'shelling'],
  visit: ['visit', 'trip', 'summit', 'meeting', 'talks'],
};

/** Verbs whose event is named by their subject noun ("the deployment could occur", "the vote took place"). */
export const LIGHT_VERBS = new Set(['occur', 'happen', 'take', 'begin', 'start', 'come', 'proceed', 'go', 'unfold']);

/** The event class of an object-noun class ("deployment" → the deploy event). */
export const NOUN_EVENT: Record<string, string> = { deployment: 'deploy', agreement: 'agree', attack: 'attack', visit: 'visit', election: 'election', earthquake: 'earthquake' };
