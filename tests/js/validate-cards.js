#!/usr/bin/env node
// The official Adaptive Cards renderer as a test oracle.
//
// Input (a file named as the first argument, or stdin): a JSON array of {name, card}.
// Output (stdout): a JSON array of {name, errors: [{event, phase, message, element}]}, one per card, in order.
// A card passes when its errors are empty. Exit code 0 whatever the cards hold; non-zero only when the
// input itself cannot be read.
//
// Each card is parsed as Teams would (schema 1.5: properties newer than 1.5 are reported), collecting the
// parse events (unknown element/action types, invalid property values), then validated
// (validateProperties: missing/duplicate ids, required inputs without label or errorMessage, empty choice
// sets, unsupported versions).
'use strict';

const fs = require('fs');
// The package's `main` (lib/) is an ES module tree that Node cannot load as is; the UMD bundle loads without
// any DOM shim as long as nothing is rendered.
const AC = require('adaptivecards/dist/adaptivecards.min.js');

// Teams renders schema 1.5 and earlier (docs/PROTOCOL.md).
const TEAMS_VERSION = AC.Versions.v1_5;

// adaptivecards 3.0.x checks `lang` with a global (/g) regex and RegExp.exec, whose lastIndex survives between
// calls: every second card with a valid `lang` would be reported as invalid. Reset it so a card's verdict does
// not depend on the cards validated before it.
const parseString = AC.StringProperty.prototype.parse;
AC.StringProperty.prototype.parse = function (sender, source, context) {
  if (this.regEx) {
    this.regEx.lastIndex = 0;
  }
  return parseString.call(this, sender, source, context);
};

function describe(source) {
  if (!source || typeof source.getJsonTypeName !== 'function') {
    return undefined;
  }
  const type = source.getJsonTypeName();
  return source.id ? `${type}#${source.id}` : type;
}

function problem(event) {
  return {
    event: AC.ValidationEvent[event.event] ?? String(event.event),
    phase: AC.ValidationPhase[event.phase] ?? String(event.phase),
    message: event.message,
    element: describe(event.source),
  };
}

function validate(json) {
  const errors = [];
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return [{ event: 'Other', phase: 'Parse', message: 'A card is a JSON object.' }];
  }
  const declared = AC.Version.parse(json.version, new AC.SerializationContext());
  if (!declared || !declared.isValid || declared.compareTo(TEAMS_VERSION) > 0) {
    errors.push({ event: 'UnsupportedCardVersion', phase: 'Parse', message: `Teams renders schema ${TEAMS_VERSION} or earlier; the card declares "${json.version}".` });
  }
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(TEAMS_VERSION);
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    errors.push(problem(context.getEventAt(i)));
  }
  for (const event of card.validateProperties().validationEvents) {
    errors.push(problem(event));
  }
  return errors;
}

function main() {
  const input = fs.readFileSync(process.argv[2] ?? 0, 'utf8');
  const cards = JSON.parse(input);
  if (!Array.isArray(cards)) {
    throw new Error('Expected a JSON array of {name, card}.');
  }
  const verdicts = cards.map(({ name, card }) => {
    try {
      return { name, errors: validate(card) };
    } catch (error) {
      return { name, errors: [{ event: 'Exception', phase: 'Parse', message: String(error && error.stack || error) }] };
    }
  });
  process.stdout.write(JSON.stringify(verdicts));
}

main();
