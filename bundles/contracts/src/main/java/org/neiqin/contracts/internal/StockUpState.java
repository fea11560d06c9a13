package org.neiqin.contracts.internal;

/** Where a stock-up request stands: asked for, taken on by purchasing, stock ready, or declined with a reason. */
public enum StockUpState { REQUESTED, ACCEPTED, DONE, DECLINED }
