/**
 * English families learnt from the DEV errors of three fresh writers (the seventh, ninth and tenth blind sets):
 * remedies said another way, offers that only look or call, status facts, and arguing constructions. Every
 * sentence here was written for this test (none is taken from an evaluation set); each family has sentences
 * that must match and look-alikes that must stay clean.
 */
import { describe, it } from 'vitest';
import { expectEach } from './helpers';

describe('fresh writers, English: remedies said another way count as a fix', () => {
  it('the contracted passive and charges called off', () => {
    expectEach('fix', 'en', true, [
      "Your order's been re-routed to the Leeds depot.",
      "The delivery fee's been removed from your basket.",
      "Your appointment's been moved to the 9:15 slot.",
      'The late charge has been cancelled on your statement.',
      "Your membership's been frozen until you are back from travelling.",
    ]);
    expectEach('fix', 'en', false, [
      "Your flight's been moved.",
      'Your train has been cancelled due to the strike.',
      'Your account has been frozen by the bank.',
    ]);
  });

  it('done by us, with the object between', () => {
    expectEach('fix', 'en', true, [
      "We've moved you to a quieter room on the third floor.",
      "We've taken the delivery charge off your order.",
      "I've switched the auto-top-up off for you.",
      "We've put your name back on the waiting list.",
    ]);
    expectEach('fix', 'en', false, [
      'We moved offices last year.',
      "We've taken note of your comments.",
    ]);
  });

  it('done, said as a state, and free this time', () => {
    expectEach('fix', 'en', true, [
      "They're repaired now, so the showers on level 2 are open again.",
      "The jacket's set aside for you at the till.",
      'Your next coffee is free this time, on us.',
      "The shelves are back in stock.",
    ]);
    expectEach('fix', 'en', false, ['The showers were repaired last spring.', 'Parking is free for members.']);
  });

  it('on its way, offers that name the remedy, and who does it', () => {
    expectEach('fix', 'en', true, [
      "It'll be with you by Wednesday.",
      'The spare part will be couriered to your home.',
      'We can move you onto the later ferry.',
      'Happy to redo the engraving at no cost.',
      'Our installer will refit the door on Monday.',
      "A fresh box is going out tonight.",
    ]);
    expectEach('fix', 'en', false, [
      'Our installer will be in touch.',
      'We are happy to help.',
      'It was with you for a week before that.',
    ]);
  });

  it('steps after a condition, and what a step does', () => {
    expectEach('fix', 'en', true, [
      'If the screen stays black, hold the power button for 15 seconds.',
      "If the kiosk is down, type the booking code into the app instead.",
      'A quick restart will clear it.',
      'Unplug the hub, wait a minute and you will get the full signal back.',
      'You can skip the form by using the express lane.',
    ]);
    expectEach('fix', 'en', false, [
      'If you need us, give us a shout.',
      'A restart is not always needed.',
      'You can reach us any time.',
    ]);
  });

  it('a call is a fix when the one who does the work calls, or at a set hour', () => {
    expectEach('fix', 'en', true, [
      'The technician will ring you before noon to confirm the visit.',
      "I'll call you at 3pm to go through it.",
    ]);
    expectEach('fix', 'en', false, [
      'Our team will give you a call later this week.',
      "Send us a DM and we'll ring you today.",
      "I'll message you now so we can talk it through.",
    ]);
  });

  it('a repair done this morning, and where to look', () => {
    expectEach('fix', 'en', true, [
      'The faulty modem was replaced this morning and the line is stable.',
      'Have a look in the Offers tab of your mailbox for the code.',
    ]);
    expectEach('fix', 'en', false, ['The modem was replaced in 2021.', 'Have a look around the shop next time.']);
  });
});

describe('fresh writers, English: looking, chasing, reviews and stated hours are not a fix', () => {
  it('vague offers without a private channel', () => {
    expectEach('fix', 'en', false, [
      "Got it, we'll look into this.",
      "We're currently chasing the courier.",
      "Leave it with me, I'll chase the supplier.",
      'The claims desk is reviewing your file.',
      "Just so you know, a response is on its way.",
    ]);
    expectEach('fix', 'en', true, [
      "We'll look into it and refund the delivery fee today.",
      "I'll chase the supplier and a replacement ships tomorrow.",
    ]);
  });

  it('hours and durations stated as facts', () => {
    expectEach('fix', 'en', false, [
      'Our agents are available 9am–6pm Monday to Friday.',
      'Reception opens at 7am on Sundays.',
      'Bank transfers can take up to 3 working days.',
      'The pending charge drops off within 7 days.',
    ]);
    expectEach('fix', 'en', true, [
      'An agent will ring you at 9am to rebook.',
      'Your refund will be processed within 3 working days.',
    ]);
  });

  it('offers to look, once the reply asks to go private', () => {
    expectEach('fix', 'en', false, [
      "Send us a DM with your reference and we'll take it from there.",
      "Message us your address and we'll get an engineer to look at it.",
      "Call us on the helpline and we'll have a look.",
    ]);
    expectEach('fix', 'en', true, ["DM us your reference; we've already refunded the first charge."]);
  });
});

describe('fresh writers, English: arguing constructions count as blame', () => {
  it('the fault put on the customer side, and nobody else has it', () => {
    expectEach('blame', 'en', true, [
      'The fault is on your end, the server logs look normal.',
      'Looks like something is going wrong on your side.',
      "It's your router, not our service.",
      'Maybe check your own wi-fi first.',
      'No one else has reported a problem with this update.',
      "We've had no other complaints about that batch.",
      'Every other guest on that floor was fine with the heating.',
    ]);
    expectEach('blame', 'en', false, [
      'No action is needed on your end, we have fixed it.',
      'Nobody else should have to wait that long, sorry.',
      "It's your right to ask for a refund, and we've issued it.",
    ]);
  });

  it('told again and stonewalling', () => {
    expectEach('blame', 'en', true, [
      "This is the fifth time you've tweeted us about it.",
      "The response is still no, I'm afraid.",
      "Our decision hasn't changed since Friday.",
      'As mentioned in our previous two emails, the voucher has expired.',
      'Please stop reposting the same screenshot.',
      "You've commented this under every post we make.",
      'We saw your review the first time.',
    ]);
    expectEach('blame', 'en', false, [
      "This is the first time you've been charged twice, and we've refunded it.",
      'The answer depends on your plan, so DM us.',
      'As mentioned in our last reply, the refund went out on Monday; sorry it is slow.',
    ]);
  });

  it("the customer's own choice held against them", () => {
    expectEach('blame', 'en', true, [
      'You picked the late slot yourself.',
      'You knew this when you signed the lease.',
      'You clicked past the warning screen at checkout.',
      'The door code was given by you to the courier.',
      'You went for the basic fare to save a few pounds.',
      "Cancelling an hour before isn't how bookings work.",
      'Posting a review before even opening the box?',
      'Updating the app would have prevented this.',
    ]);
    expectEach('blame', 'en', false, [
      'You booked the 9am slot, so we will see you then.',
      'If you change the slot yourself, the app will confirm it.',
      'Sorry, this is not how our bookings should work, we have fixed the page.',
    ]);
  });

  it('disbelief and sarcasm', () => {
    expectEach('blame', 'en', true, [
      'Genuinely baffled how a one-week trial becomes a month.',
      "Bit rich coming from someone who never paid the invoice.",
      'Not sure where the "free upgrade" came from.',
      'The door camera tells a different story.',
      "The recording doesn't match your account of it.",
      "You do realise the sale price ended on Sunday?",
      "There's only so much we can do with a password like that.",
      'The leaflet clearly says collection only.',
      'We did reply to you on the 4th.',
    ]);
    expectEach('blame', 'en', false, [
      "We're curious what you'd like to see on the menu next.",
      'Sorry, we did not reply in time. A refund is on its way.',
      'The chocolate cake is rich and we can make it lighter for you.',
    ]);
  });
});

describe('fresh writers, English: a few smaller families', () => {
  it('a ticket that already holds is a fix; a refund someone else owes is not', () => {
    expectEach('fix', 'en', true, ['Your 8:10 ticket is also valid on any later train today.']);
    expectEach('fix', 'en', false, [
      'Day passes are valid for 12 months from purchase.',
      'Tickets bought through a travel agent have to be refunded by the agent.',
    ]);
  });

  it('going private "so we can sort it" is the purpose, not a step', () => {
    expectEach('fix', 'en', false, ["Drop us a DM so we can get this sorted out."]);
    expectEach('fix', 'en', true, ["Drop us a DM; we've already refunded the booking fee."]);
  });

  it('signed off on it, and what the customer sent is the wrong thing', () => {
    expectEach('blame', 'en', true, [
      'You checked the boiler with our engineer and signed off on it.',
      'The receipt you sent is from a different store.',
      'The photo you uploaded was not the damaged item.',
    ]);
    expectEach('blame', 'en', false, [
      'Our manager signed off on the refund this morning.',
      'The receipt you sent is all we need, thank you.',
    ]);
  });
});
