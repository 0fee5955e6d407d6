package org.retrogistics.returns;

/**
 * When money moves by itself under one version of a client's return policy. Published versions never change, so a
 * module may keep this for as long as it likes.
 *
 * @param moneyMoves the step at which a line's refund or store credit is given without an agent (null: never)
 * @param lostParcelMoney what a lost parcel's units get
 */
public record PolicyMoney(MoneyMoment moneyMoves, LostParcelMoney lostParcelMoney) {}
