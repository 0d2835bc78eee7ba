import type { AttributionModel } from './domain/models';
import type { ConversionDoc, TouchpointDoc } from './model';

export interface OrderRef {
  id: string;
}

export interface CustomerRef {
  id: string;
}

export interface AttributionCreditResult {
  touchpoint: TouchpointDoc;
  weight: number;
  revenue: number;
  currencyCode: string;
}

export interface OrderAttributionResult {
  model: AttributionModel;
  lookbackDays: number;
  conversion: ConversionDoc;
  credits: AttributionCreditResult[];
}
