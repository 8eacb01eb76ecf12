import Scenarios

/// The language of headers, notes and words in a report.
public enum Language: String, Sendable, CaseIterable, Equatable {
    case en
    case ja
}

/// A phrase that reports and commands show in the chosen language.
///
/// `{1}`, `{2}` … in a phrase are filled by ``Phrases/text(_:_:_:)``'s arguments, so word
/// order can differ between languages.
public enum Phrase: String, Sendable, CaseIterable, Equatable {
    case option
    case monthlyCost
    case costPerMTok
    case costPerRequest
    case cheapest
    case breakEven
    case paybackMonth
    case never
    case sources
    case pricesAsOf
    case assumptions
    case estimatedThroughput
    case latencyNotMeasured
    case roundingNote
    case notes
    case currency
    case footnote
    case text
    case report
    case scenario
    case asOf
    case reason
    case replicas
    case gpusPerReplica
    case gpus
    case notWithinMonths
    case reasonAPIFree
    case reasonReplicaNotCheaper
    case reasonBeyondAnyFleet
    case reasonStaysOnAPI
    case reasonNeverBreaksEven
    case wrote
    case yes
    case no
    case unitPerMonth
    case unitOverMonths
    case requestsPerMonth
    case parenthesized
    case changeModelAdded
    case changeModelRemoved
    case changeSetAdded
    case changeSetRemoved
    case changeChanged
    // The words of the reports and commands, named after their English.
    case pCacheWriteShareW
    case pInputTokensWrittenIntoThePrompt
    case pChecked5
    case pServiceTierItsPricesReplaceThe
    case pCostPerRequest2
    case pLlmcostSValueTheSheetS
    case pPeakMinutesOfTheWeekN
    case pMinutes
    case pActiveMinutesOfAUtcWeek
    case pActiveMinutesOfTheWeekN
    case pTheWorkloadSActiveHoursIn
    case pPeakShareFNN
    case pCacheWritesArePricedOffPeak
    case pNoCacheWritePriceTheInput
    case pPeak
    case pOffPeak
    case pFPeak1FOffPeak
    case pLlmcostSBlendOfThePeak
    case pFPeak1FOffPeak2
    case pTimeOfDayPricesFN
    case pRetired
    case pInUtc
    case pFree
    case pUntil
    case pWithNoEndDate
    case pTimeOfDayPricesThePrices
    case pFreeEveryPrice0
    case pRetiredWithTheirLastPrices
    case pDeprecated
    case pRetired2
    case pSuccessor
    case pSuccessor2
    case pDeprecatedOn
    case pRetiresWithinTheHorizon
    case pRetiredOnNoPriceSetIs
    case pCacheWrite
    case pTier
    case pPeakInputOutputInUtcThe
    case pCheapestTodayAtMonth
    case pSelfHostingIsTheCheaperWay
    case pPunctU2e
    case pSelfHostingNeverBeatsItAt
    case pSelfHostingBeatsItFromRequests
    case pSelfHostingAtFullLoadThroughput
    case pSelfHostingAtTokensSPer
    case pSelfHostingAtTtftS
    case pSelfHostingAtTokensSPer2
    case pMonthlyCostAgainstVolume2
    case pWrittenToIt
    case pRequestsMonthInputOutputTokensOf2
    case pCacheWrite2
    case pMonFri
    case pSatSun
    case pAll
    case pInput7
    case pCached2
    case pCacheWrite3
    case pOutput3
    case pPricedAtItsServiceTier
    case pItHasNoServiceTierSo
    case pCostPer1mTokensAgainstSpeed2
    case pMonthlyCostAgainstVolumeLogScales2
    case pPerGpu
    case pKwh
    case pPerYear2
    case pSecondsPerRequest
    case pInputLow
    case pInputBase
    case pInputHigh
    case pMetricAtLow
    case pMetricAtHigh
    case pValuesNotFormulasEachRowIs
    case pSensitivity2
    case pSelfHostingOption2
    case pBestPlan
    case pSwitchMonth
    case pApiOnlyTotalCost
    case pApiOnlyNpv
    case pDayOneTotalCost
    case pDayOneNpv
    case pMigrateTotalCost
    case pMigrateNpv
    case pSelfHostFromDayOne2
    case pValuesNotFormulasTheSwitchMonth
    case pInputs
    case pApi2
    case pSelfHosting2
    case pNotTheStatedAmountTheRate
    case pUnit
    case pAsStated
    case pStatedIn
    case pSource
    case pDate
    case pWorkload
    case pRequestsPerMonthR
    case pTheMeanOfTheRequestMix
    case pInputTokensPerRequestI
    case pOutputTokensPerRequestO
    case pCachedInputShareC
    case pBatchShareB
    case pGrowthPerMonthG
    case pPerMonth2
    case pPeakToAverageP
    case pServingHoursPerMonthH
    case pHoursMonth
    case pAMonthIs730Hours2
    case pOperationsAndFinance
    case pOperationsStaff
    case pCostOfOneFte
    case pDefault
    case pOtherFixedCosts
    case pOneTimeSetup2
    case pHorizon
    case pMonths
    case pTheCashFlowSheetsHaveOne
    case pDiscountRateR
    case pPerYear
    case pHoursSavedPerMonth
    case pHourlyCost
    case pOtherBenefitPerMonth
    case pServiceLevel
    case pLlmcostReadsEachProfileSCurves
    case pMinimumSpeedPerUser
    case pTokensS3
    case pMaximumTimeToFirstToken
    case pExchangeRates
    case pPerUsd
    case pApiPricesInForce
    case pPer1mTokens
    case pChecked4
    case pLongContextTierAboveInputTokens
    case pCostPerRequest
    case pPricedSegmentBySegmentByLlmcost
    case pLlmcostSValueItsPriceHas
    case pCachedInput2
    case pNoCachedPriceTheInputPrice
    case pOutput2
    case pBatchDiscount2
    case pRooflineEstimateFromTheGpusCompute
    case pFittedByLlmcostToOperatingPoints
    case pLatencyNotMeasuredFittedToThe
    case pFittedByLeastSquaresToThe
    case pSecondsPerRequestS
    case pReplicaSeconds
    case pTheRequestWeightedMeanOverThe
    case pLlmcostSValueNotIP
    case pTokensS4
    case pGpusPerReplicaG
    case pTargetUtilisationU
    case pMinimumReplicasM
    case pReplicas2
    case pRentPerGpuHour
    case pGpuHour2
    case pInstalledPricePerGpu
    case pBoughtAgainEveryMonthsEnteredAs
    case pAmortisation
    case pServerDrawPerGpu
    case pElectricity
    case pHostingPerGpuMonth
    case pApiOption2
    case pCostPerRequestA
    case pSecondsPerRequestS2
    case pReplicasN
    case pFixedPerMonthF
    case pMonthlyCostNCF
    case pCapacityRNRequestsMonth
    case pCashPerReplicaPerMonth
    case pApiCostPerRequestA2
    case pOneReplicaSCapacityR
    case pFirstBreakEvenReplicasK
    case pFirstBreakEvenRRequestsMonth
    case pRAsTokensMonth
    case pRCurrentVolume
    case pAlwaysCheaperReplicasK
    case pCheaperAtEveryVolumeFromX
    case pXCurrentVolume
    case pMonthT
    case pGrowth1GT1
    case pRequestsRT
    case pApiCost2
    case pReplicasNeeded
    case pReplicasRunning
    case pReplicasBought
    case pReplicasReBoughtValues
    case pPurchases
    case pRunningCost
    case pSelfHostingCost2
    case pSavingApiSelf
    case pCumulativeSaving
    case pPaidBackT
    case pBenefits2
    case pDiscountFactor1RT12
    case pDiscountedSaving
    case pOneTimeCostsT0
    case pNpvOfSwitching3
    case pTotalApiCost
    case pTotalSelfHostingCost
    case pTotalBenefits2
    case pRoiOfSelfHosting
    case pNpvOfSelfHosting
    case pNpvOfTheApi
    case pCashFlow
    case pCellsOnTheCalculationSheetsAre
    case pMoneyInExactInLlmcostAnd
    case pNotFormulasHereTheFittedP
    case pTheWorkloadMixesRequestShapesEach
    case pHybridRoutingAndSeatPlansAre
    case pInForceFrom2
    case pRent2
    case pPurchase
    case pNotesAndSources
    case pConcurrency
    case pSpeedPerUser
    case pThroughputPerGpu
    case pS
    case pRunDate
    case pMeasuredCurvesTheParetoFrontOf
    case pFittedAtTheServiceLevel
    case pOutputTokensSPerUser
    case pFirstTokenWithinSMedian
    case pBetweenConcurrencyAnd
    case pMeasuredAtConcurrency
    case pOutputTokensSPerGpu
    case pPunctU3b2
    case pDoesNotMeetTheLevelNo
    case pDoesNotMeetTheLevelIt
    case pApiCheaperAtEveryMeasuredSpeed
    case pSelfHostingCheaperAtEveryMeasured
    case pApiCheaperAboveTokensSPer
    case pWhereTheApiBecomesCheaper
    case pEachSpeedIsAMeasuredPoint
    case pThePriceOfSpeed
    case pApiPricesForTheSameShape
    case pCostPer1mTokensAgainstSpeed
    case pSpeedPerUserTheServiceLevel
    case pSpeedPerUserTokensS
    case pEstimatedFromRoofline
    case pRetiredNotShown
    case pPeakShareBlend
    case pAllWeek
    case pFreeWhileItLasts
    case pNoEndDateAnnounced
    case prefillP
    case decodeD
    case contextK
    case pThroughputAtFullLoad
    case pAtTheServiceLevel
    case pListSeparator
    case pServiceLevelPricing
    case pNotAnOptionAtThisServiceLevel
    case cliUnexpectedArgument
    case cliUnexpectedArgumentAfter
    case cliStandardInputTwice
    case cliOutputIsInput
    case cliExtensionNotAllowed
    case cliCannotWriteStandardOutput
    case cliLinkLoop
    case cliCannotReadStandardInput
    case cliUnknownSuffixCurrency
    case cliCurrencyWithoutScenario
    case cliFXWithoutCurrency
    case cliUsageHint
    case cliOldRate
    case engNoPurchasePriceForFlag
    case impLiteLLMPlaceholder
    case impLiteLLMNoMode
    case impLiteLLMNotChat
    case impLiteLLMNoTokenPrice
    case impLiteLLMZeroPrice
    case impLiteLLMImplausiblePrice
    case impLiteLLMMalformed
    case impLiteLLMDuplicateID
    case impInferenceXMissingCategory
    case impInferenceXNoShapeCategory
    case impInferenceXTotalOnlyCategory
    case impInferenceXUnknownHardwareCategory
    case impInferenceXUnknownModelCategory
    case impInferenceXDisaggregatedCategory
    case impInferenceXNotPositiveCategory
    case impInferenceXMissing
    case impInferenceXNoShape
    case impInferenceXTotalOnly
    case impInferenceXUnknownHardware
    case impInferenceXUnknownModel
    case impInferenceXDisaggregated
    case impInferenceXNotPositive
    case impECBNotADate
    case impECBNotACurrencyCode
    case impECBNotAPositiveRate
    case impECBRateOutsideADay
    case impECBNoDays
    case jsnNotALiteLLMPriceMap
    case jsnNotInferenceXPoints
    case impImportedModels
    case impBatchRemarks
    case impValidation
    case impSeeValidate
    case impImportedRates
    case impDateRange
    case impSkippedNoUSD
    case impImportedProfiles
    case impPointLeftOut
    case impAndMore
    case nounModel
    case nounModels
    case nounEntry
    case nounEntries
    case nounProfile
    case nounProfiles
    case nounPoint
    case nounPoints
    case nounRate
    case nounRates
    case nounDay
    case nounDays
    case engWrongKindOfFile
    case engNotAModelsFile
    case cliValidateSummary
    case cliFileSingular
    case cliFilePlural
    case cliWarningSingular
    case cliWarningPlural
    case rsnUnknownSchema
    case rsnBaseNotUSD
    case rsnDuplicateID
    case rsnNotProviderModel
    case rsnNotProviderPlan
    case rsnTwoPriceSets
    case rsnRetiredBeforeDeprecated
    case rsnOwnSuccessor
    case rsnFreeWithoutEnd
    case rsnUnknownSuccessor
    case rsnPeakWithTiers
    case rsnOutputBelowInput
    case rsnSecondPurchaseOffer
    case rsnEstimatedNeedsParameters
    case rsnNoMeasuredPoints
    case rsnP99BelowMedian
    case rsnNotISOCode
    case rsnTooManyMinorUnits
    case rsnUsdNotOne
    case rsnUnknownGPUReference
    case rsnUnknownFamilyReference
    case rsnUnknownCurrencyReference
    case jsnFileTooLarge
    case jsnUnexpectedEnd
    case jsnUnexpectedCharacter
    case jsnAfterTopLevelValue
    case jsnNestingTooDeep
    case jsnTrailingComma
    case jsnSingleQuotes
    case jsnComments
    case jsnInvalidLiteral
    case jsnEndInNumber
    case jsnInvalidNumber
    case jsnUnescapedLineBreak
    case jsnUnescapedControlCharacter
    case jsnInvalidUTF8Byte
    case jsnInvalidEscape
    case jsnLoneSurrogate
    case jsnInvalidEscapeSequence
    case jsnInvalidUnicodeEscape
    case jsnUnterminatedString
    case jsnExpectValue
    case jsnExpectLiteral
    case jsnExpectCommaOrBrace
    case jsnExpectCommaOrBracket
    case jsnExpectKeyAfterComma
    case jsnExpectKeyOrBrace
    case jsnExpectColon
    case engRangeBeyondReach
    case engDrawnSpeedBeyondReach
    case rsnDuplicateKey
    case rsnIsEmpty
    case rsnNotADecimal
    case rsnNotFinite
    case rsnFloatArtifact
    case rsnTooSmall
    case rsnTooLarge
    case rsnPriceAboveBound
    case rsnPriceImplausiblySmall
    case rsnNotWholeNumber
    case rsnBelowMinimum
    case rsnAboveBound
    case rsnNotADate
    case rsnInTheFuture
    case rsnCheckedTooLongAgo
    case rsnMissingSource
    case rsnNotAURL
    case rsnNotATimeOfDay
    case rsnRangeOutOfOrder
    case rsnNotAScenarioFile
    case rsnBadTierName
    case rsnExpectedModelReference
    case rsnHorizonTooLong
    case rsnExpectedString
    case rsnEitherNotBoth
    case rsnMissingRequests
    case rsnTooManyRequestsAMonth
    case rsnTooManyRequestsADay
    case rsnNoTokens
    case rsnCacheSharesAboveOne
    case rsnBadUTCOffset
    case rsnGrowthOutside
    case rsnPeakBelowAverage
    case rsnPeakAboveBound
    case rsnHoursAboveMonth
    case rsnSpeedAboveBound
    case rsnTtftAboveBound
    case rsnEmptyServiceLevel
    case rsnPueBelowOne
    case rsnPueAboveBound
    case rsnZeroUtilization
    case rsnRentKeysOnOwn
    case rsnOwnKeysOnRent
    case rsnSegmentNeedsName
    case rsnDuplicateSegment
    case rsnSegmentNoTokens
    case rsnUnnamedSegmentNoTokens
    case rsnSegmentSharesSum
    case rsnMustSelfHostWithoutOption
    case rsnExpectedSeatPlanID
    case rsnSeatPlansNeedUsers
    case rsnUnknownSeatPlan
    case rsnNoSuchOffer
    case rsnNoRentalNoPurchase
    case rsnNoRentalForFlag
    case rsnNoRentalForFile
    case rsnNoPurchasePrice
    case rsnNoConditionOffer
    case rsnUnknownGPU
    case cliDidYouMean
    case cliForExample
    case cliUnknownOption
    case cliOptionNeedsValue
    case cliOptionTakesNoValue
    case cliOptionGivenTwice
    case cliOptionDoesNotApply
    case cliCommandNeedsOption
    case cliCommandNeedsArgument
    case cliTakesNoArguments
    case cliTakesOneArgument
    case cliTakesAtMostOneArgument
    case cliTakesArguments
    case cliTakesAtMostArguments
    case cliUnknownCommand
    case cliInvalidValue
    case cliValueOutOfReach
    case cliTooSmallToCompute
    case cliTooLargeToCompute
    case cliExpectDate
    case cliExpectNumber
    case cliExpectPositiveNumber
    case cliExpectOneOf
    case cliExpectEither
    case cliExpectWholeNumberAtLeast
    case cliExpectWholeNumberFromTo
    case cliCannotRead
    case cliCannotWrite
    case cliPathHasNUL
    case cliNoSuchFile
    case cliIsADirectory
    case cliUnreadable
    case cliNoSuchDirectory
    case cliNotADirectory
    case cliDataDirectoryFile
    case cliTheInput
    case cliTableNeedsCSV
    case cliUnknownTable
    case cliNoWorkbook
    case cliNoEmbeddedFile
    case cliErrorsInData
    case cliNoModelsFromProvider
    case cliNoModelsOfFamily
    case cliNeeds
    case cliOneModelID
    case cliSeparatedExample
    case cliUnknownModel
    case cliUnknownDeployment
    case cliForFlag
    case cliModeLeavesNoOption
    case cliSpeedOneShape
    case cliNoMeasuredCurves
    case cliAllSegmentsSelfHosted
    case cliNothingToCompare
    case cliNotInWorkbook
    case cliFlagsTooLarge
    case cliExpectIDList
    case cliErrorsIn
    case cliErrorSingular
    case cliErrorPlural
    case cliExpectShareFrom0
    case cliExpectShareAbove0
    case cliExpectNumberAbove
    case cliExpectNumberAtLeast
    case cliExpectNumberAboveAtMost
    case cliExpectNumberFromTo
    case cliExpectRequests
    case cliRequestNeedsTokens
    case cliCachedWithWrites
    case cliExpectGrowth
    case cliHoursInAMonth
    case cliHorizonAtMost
    case cliRateOrOffer
    case cliExpectFX
    case cliUnknownCurrency
    case cliExpectTierName
    case cliUnknownTierValue
    case cliOffersKnown
    case cliNoSuchOffer
    case cliExpectSavingBreakevenNPV
    case cliExpectShareBelow100
    case cliSamplesAtMost
    case cliExpectSeed
    case cliSimulateOneShape
    case cliAnAPIModel
    case cliADeployment
    case cliOneMode
    case cliExpectRange
    case cliDropMode
    case cliNoOptionInMode
    case cliAnAPIModelToStartOn
    case cliPlanNeedsSelfHosting
    case cliNoAPIModelToStartOn
    case cliNotForSeats
    case cliNoSeatPlansFromProvider
    case cliWorkbookToTerminal
    case cliTheSourceFormat
    case cliOneFile
    case cliAnECBFile
    case cliTwoFiles
    case cliExpectDateNotAfter
    case cliRefuseOverwrite
    case cliExpectISOCodes
    case cliDayDiffers
    case cliErrorsSeeValidate
    case cliDeploymentRefused
    case cliLevelSpeed
    case cliLevelTTFT
    case cliLevelWith
    case cliLevelReaches
    case cliLevelNoFirstToken
    case cliRaiseTTFT
    case cliLowerSpeed
    case cliCannotServe
    case engRetired
    case engRetiredOn
    case engSuccessor
    case engNoSuccessor
    case engNoExchangeRate
    case engNoExchangeRateFrom
    case engUnknownModel
    case engNoPriceInForce
    case engUnknownTier
    case engNoModelHasTiers
    case engTiers
    case engUnknownDeployment
    case engScenarioNeedsOptions
    case engUnknownKey
    case engMissingField
    case engExpectedKind
    case engKindObject
    case engKindString
    case engKindBoolean
    case engKindNumber
    case engKindWholeNumber
    case engKindDate
    case engKindArray
    case engFoundNull
    case engFoundBoolean
    case engFoundNumber
    case engFoundString
    case engFoundArray
    case engFoundObject
    case engNegative
    case engNotPositive
    case engOutsideShare
    case engNotANumber
    case engNotOneOf
    case engFieldNegative
    case engFieldNotPositive
    case engFieldOutOfRange
    case engEmptyRequest
    case engNoMeasurements
    case engVolumeTooLarge
    case engMixedShapes
    case engWarning
    case pLeftOutRented
    case pLeftOutOwned
    case pNoPriceOfSpeed
    case pDoesNotMeetTheServiceLevel
    case pReachesAtBest
    case pNoFirstTokenWithinTheLimit
    case pHybridRoutingNote
    case pNone
    case pPerUserAMonthBilled
    case pAnnually
    case pPlanByGap
    case pBestPlanVerdict
    case pListAnd
    case pOptionsAreRanked
    case pThroughputFittedTo
    case pEngineNotStated
    case pBoughtUsedReplacedAfter
    case pNMonths
    case pItsLife
    case pOperationsFTE
    case pScenarioAmountsIn
    case pScenarioAmountsInShownIn
    case pReplicaBusyTimeFitted
    case pEstimated
    case pDeployment
    case pPrecision
    case pEngine
    case pWorstError
    case pInput
    case pTokens
    case pOutput
    case pMeasured
    case pOutputTokensS
    case pFitted
    case pError
    case pSelfHostingProfiles
    case pFitAtEachMeasuredPoint
    case pModel
    case pProvider
    case pFamily
    case pOpenWeights
    case pN1mTok
    case pCachedInput
    case pBatchDiscount
    case pLongContextTiers
    case pInputTokens
    case pEffective
    case pChecked
    case pPricesInForceOnPer1m
    case pNoPriceInForceOnFor
    case pApiPrices
    case pModelsAsOf
    case pField
    case pValue
    case pId
    case pName
    case pContextWindowTokens
    case pCurrency
    case pNote
    case pN1mTok2
    case pInputAbove
    case pInForce
    case pYes
    case pNoPriceSetIsInForce
    case pPriceHistory
    case pAnnual
    case pMonthly
    case pListPricesPerUserAMonth
    case pSeatPlans
    case pPlans
    case pPlan
    case pPerUser
    case pMonth
    case pBilling
    case pMinimumSeats
    case pCostMonthByMonth
    case pTheScenarioRequiresOfTheRequests
    case pBenefits
    case pAMonthTheSameInEvery
    case pPunctU28U7b
    case pEverySwitchMonth
    case pMigrateInMonth
    case pApiFirstThenMigrate
    case pApiOnly
    case pMigrateInMonth2
    case pPlan2
    case pSelfHostingFromMonth
    case pOneTimeAtTheSwitch
    case pTotalCost
    case pCostsMoreThanTheBestBy
    case pNpvBelowTheBestBy
    case pInTotalCostOverMonths
    case pInNpv
    case pMonth2
    case pRequests
    case pPunctU3a3
    case pMigrateInMonth3
    case pCumulativeCost
    case pCumulativeCost2
    case pPaidOnceWhenSelfHostingStarts
    case pTheScenarioHasNoMigrationSection
    case pTheLowestTotalCostOverMonths
    case pTheHighestNpvDiscountingMonthT
    case pBestPlanEverySwitchMonthFrom
    case pBest
    case pVs
    case pAfter
    case pModelAddedRemovedPriceSetAdded
    case pNoPriceChanges
    case pChange
    case pOld
    case pNew
    case pChange2
    case pPricesPer1mTokensInPrice
    case pPriceSetOnlyReDatedWith
    case pPriceChanges
    case pScenarioMonthlyApiCostWithOld
    case pChange3
    case pNoApiOptionOfTheScenario
    case pOwn
    case pHybrid
    case pSeats
    case pRank
    case pKind
    case pReplicasGpus
    case pGpus
    case pVsCheapest
    case pBreakEvenFromWhatVolumeSelf
    case pLlmCostComparison
    case pMonthlyCostAgainstVolume
    case pToday
    case pVsNeverApiVsSelfHosting
    case pFirstBreakEven
    case pCurrentVolume
    case pAlwaysCheaperFrom
    case pOneReplicaPerMonthC
    case pFixedPerMonthFOperations
    case pOneReplicaSCapacityRRequests
    case pApiCostOfThatCapacityV
    case pCurrentVolumeRequestsMonth
    case pFirstBreakEvenRequestsMonth
    case pAsTokensMonth
    case pReplicasThere
    case pCurrentVolume2
    case pCheaperAtEveryLargerVolumeFrom
    case pJustPastSomeReplicaBoundariesAbove
    case pSelfHostingNeverBreaksEvenAt
    case pNpvOfSwitchingMonths
    case pQuantity
    case pPaybackAndNpv
    case pBreakEven2
    case pAtAnyVolumeTheApiIs
    case pAtRequestsAMonthYouAre
    case pAtRequestsAMonthYouAre2
    case pAtRequestsAMonthTheApi
    case pBreakEven3
    case pBreakEvenVs
    case pAlwaysCheaper
    case pOneTime
    case pSwitchingFrom
    case pAMonth
    case pNoBenefitsAreGivenInThe
    case pNpvDiscountsMonthTBy1
    case pRoiOverMonths
    case pTheOneTimeCostOfIs
    case pTheOneTimeCostOfIs2
    case pSaving
    case pCumulativeCash
    case pPaybackMonth
    case pCumulativeCashOfSwitching
    case pRequestsMonthInSegmentsWithTheir
    case pRequestsMonthInputOutputTokensOf
    case pSelfHostedOnly
    case pAny
    case pRequestShapesBySegment
    case pSegment
    case pShare
    case pInputTokens2
    case pOutputTokens
    case pBatch
    case pRouting
    case pEachSegmentIsPricedWithIts
    case pInput2
    case pCached
    case pOutputPer1mTokens
    case pBatch2
    case pSegmentExceedsInputTokensSoThe
    case pThisRequestShapeExceedsInputTokens
    case pInForceFrom
    case pChecked2
    case pFromTheGpusComputeRooflineNo
    case pPunctU3b
    case pReplicaSecondsPerRequestOnAverage
    case pReplicaSecondsPerRequest
    case pRentedAt
    case pGpuHour
    case pChecked3
    case pPunctU2c
    case pGiven
    case pOwned
    case pPerGpuInstalledWrittenOffOver
    case pPeakAverageTargetUtilisationServingHours
    case pOneTimeSetup
    case pPunctU3a
    case pRented
    case pOwned2
    case pUsed
    case pOnDemand
    case pN1YearCommitment
    case pN3YearCommitment
    case pExchangeRateGivenWithFxOverrides
    case pAnUndatedDay
    case pExchangeRateTheRateOfFrom
    case pBreakEven4
    case pSeatBreakEven
    case pHowItWasComputed
    case pFormula
    case pWithTheValues
    case pResult
    case pThisOptionWouldSendTheOf
    case pRoiConstraint
    case pUsersPayForTheMinimumOf
    case pASeatPlanAppliesOnlyWhere
    case pSelfHostedShare
    case pSelfHosted
    case pToTheApi
    case pFleet
    case pEqual
    case pSeatPlan
    case pSeatsBilled
    case pSeats2
    case pApiToday
    case pRequestsPerUserToday
    case pRequestsUserMonth
    case pBreakEvenPerUser
    case pCheaperToday
    case pHybridRoutingWhatEachSideCarries
    case pSeatSubscriptionsForUsersBreakEven
    case pBelowTheBreakEvenTheApi
    case pFlexiblePartOnlyOfTheRequests
    case pFlexiblePart
    case pCurrentVolume3
    case pBreakEvenBothCostTheSame
    case pReplicaStepAboveThisReplicas
    case pCheaperSideChanges
    case pSelfHosting
    case pCheaper
    case pMarkedRowsAreCrossoversAnExact
    case pFurtherReplicaStepsInTheRange
    case pVolumeSweepRequestsMonth
    case pMonthlyCostAgainstVolumeLogScales
    case pMonthlySavingApiSelfHosting
    case pBaseCase
    case pInput3
    case pInputAtBase
    case pInput4
    case pInputDown
    case pInputUp
    case pSwing
    case pEachInputIsMovedByOne
    case pSensitivityOf
    case pInput5
    case pInput6
    /// A sensitivity input, one of the values moved (not the input tokens, 入力).
    case pSensitivityInput
    case pSensitivity
    case pVolume
    case pTokensPerRequest
    case pApiPrice
    case pGpuPriceOrRate
    case pThroughput
    case pUtilisation
    case pPeakFactor
    case pPowerPrice
    case pOperationsCost
    case pGrowth
    case pDiscountRate
    case pMonteCarloInDoublePrecisionDraws
    case pMonthlySaving
    case pFirstBreakEven2
    case pNpvOfSwitching2
    case pFigure
    case pKindOrUnit
    case pPSelfHostingCheaper
    case pPNeverBreaksEven
    case pDraws
    case pSeed
    case pTheScenarioGivesNoRangesSo
    case pRangesTriangularLowModeHigh
    case pRangesOnBenefitsMoveNoneOf
    case pMonthlySavingAcrossDraws
    case pDrawsPerBin
    case pMonteCarloRanges
    case pProbability
    case pMonteCarloInDoublePrecision
}

/// A phrase in every ``Language``, side by side; a new language is one more field.
public struct PhraseText: Sendable, Equatable {
    public var en: String
    public var ja: String

    /// The phrase in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .en: en
        case .ja: ja
        }
    }
}

/// The one catalog of words: every ``Phrase`` in every ``Language``.
///
/// One term has one translation: キャッシュ入力 (cached input), 名前 (name), 注記 (note).
public enum Phrases {
    /// The text of `phrase` in `language`, with `{1}`, `{2}` … replaced by `arguments`.
    public static func text(_ phrase: Phrase, _ language: Language, _ arguments: String...) -> String {
        text(phrase, language, arguments: arguments)
    }

    /// The text of `phrase` in `language`, with `{1}`, `{2}` … replaced by `arguments`.
    public static func text(_ phrase: Phrase, _ language: Language, arguments: [String]) -> String {
        var result = entry(phrase)(language)
        for (index, argument) in arguments.enumerated() {
            result = result.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return result
    }

    /// The words for why a result does not exist (`never`, `not within 36 months`).
    public static func reason(_ reason: NeverReason, _ language: Language, horizonMonths: Int? = nil)
        -> String
    {
        switch reason {
        case .apiFree: text(.reasonAPIFree, language)
        case .replicaNotCheaper: text(.reasonReplicaNotCheaper, language)
        case .beyondAnyFleet: text(.reasonBeyondAnyFleet, language)
        case .notWithinHorizon: text(.notWithinMonths, language, horizonMonths.map(String.init) ?? "?")
        case .staysOnAPI: text(.reasonStaysOnAPI, language)
        case .neverBreaksEven: text(.reasonNeverBreaksEven, language)
        }
    }

    // swift-format-ignore
    /// The table itself: one line a phrase, the languages in columns.
    public static func entry(_ phrase: Phrase) -> PhraseText {
        switch phrase {
        case .option: PhraseText(en: "Option", ja: "選択肢")
        case .monthlyCost: PhraseText(en: "Monthly cost", ja: "月額コスト")
        case .costPerMTok: PhraseText(en: "Cost per 1M tokens", ja: "100万トークンあたりのコスト")
        case .costPerRequest: PhraseText(en: "Cost per request", ja: "1リクエストあたりのコスト")
        case .cheapest: PhraseText(en: "cheapest", ja: "最安")
        case .breakEven: PhraseText(en: "Break-even", ja: "損益分岐点")
        case .paybackMonth: PhraseText(en: "Payback month", ja: "回収月")
        case .never: PhraseText(en: "never", ja: "なし")
        case .sources: PhraseText(en: "Sources", ja: "出典")
        case .pricesAsOf: PhraseText(en: "Prices as of", ja: "価格の基準日")
        case .assumptions: PhraseText(en: "Assumptions", ja: "前提条件")
        case .estimatedThroughput: PhraseText(en: "estimated throughput", ja: "推定スループット")
        case .latencyNotMeasured: PhraseText(en: "latency not measured", ja: "レイテンシ未測定")
        case .roundingNote: PhraseText(en: "Parts do not add up to the total because of rounding.", ja: "端数処理のため、内訳の合計は総額と一致しない場合があります。")
        case .notes: PhraseText(en: "Notes", ja: "注記")
        case .currency: PhraseText(en: "currency", ja: "通貨")
        case .footnote: PhraseText(en: "footnote", ja: "注")
        case .text: PhraseText(en: "text", ja: "内容")
        case .report: PhraseText(en: "report", ja: "レポート")
        case .scenario: PhraseText(en: "scenario", ja: "シナリオ")
        case .asOf: PhraseText(en: "as of", ja: "基準日")
        case .reason: PhraseText(en: "reason", ja: "理由")
        case .replicas: PhraseText(en: "Replicas", ja: "レプリカ数")
        case .gpusPerReplica: PhraseText(en: "GPUs per replica", ja: "1レプリカあたりのGPU数")
        case .gpus: PhraseText(en: "GPUs", ja: "GPU数")
        case .notWithinMonths: PhraseText(en: "not within {1} months", ja: "{1}か月以内になし")
        case .reasonAPIFree: PhraseText(en: "the api costs nothing per request", ja: "API の料金がかかりません")
        case .reasonReplicaNotCheaper: PhraseText(en: "one replica at full utilisation costs at least what the API charges for the same tokens", ja: "フル稼働の1レプリカでも、同じトークン量の API 料金以上のコストがかかります")
        case .reasonBeyondAnyFleet: PhraseText(en: "the fixed costs would be covered only beyond 2147483647 replicas", ja: "固定費を回収するには 2147483647 を超えるレプリカが必要です")
        case .reasonStaysOnAPI: PhraseText(en: "stays on the API", ja: "API のまま")
        case .reasonNeverBreaksEven: PhraseText(en: "self-hosting never breaks even", ja: "自社運用は損益分岐しない")
        case .wrote: PhraseText(en: "wrote {1}", ja: "{1} を書き出しました")
        case .yes: PhraseText(en: "yes", ja: "はい")
        case .no: PhraseText(en: "no", ja: "いいえ")
        case .pCacheWriteShareW: PhraseText(en: "Cache write share (w)", ja: "キャッシュ書き込みの割合 (w)")
        case .pInputTokensWrittenIntoThePrompt: PhraseText(en: "input tokens written into the prompt cache", ja: "プロンプトキャッシュに書き込む入力トークン")
        case .pChecked5: PhraseText(en: "checked", ja: "確認日")
        case .pServiceTierItsPricesReplaceThe: PhraseText(en: "service tier '{1}': its prices replace the standard ones", ja: "サービス階層「{1}」：標準価格に代わる価格")
        case .pCostPerRequest2: PhraseText(en: "cost per request", ja: "1リクエストあたりのコスト")
        case .pLlmcostSValueTheSheetS: PhraseText(en: "llmcost's value: the sheet's formula would not give it exactly", ja: "llmcost の値：シートの数式では正確に再現できない")
        case .pPeakMinutesOfTheWeekN: PhraseText(en: "peak minutes of the week (n)", ja: "週のピーク分数 (n)")
        case .pMinutes: PhraseText(en: "minutes", ja: "分")
        case .pActiveMinutesOfAUtcWeek: PhraseText(en: "active minutes of a UTC week inside a peak window ({1} UTC)", ja: "UTC の1週間のうちピーク時間帯（{1} UTC）に入る稼働分数")
        case .pActiveMinutesOfTheWeekN: PhraseText(en: "active minutes of the week (N)", ja: "週の稼働分数 (N)")
        case .pTheWorkloadSActiveHoursIn: PhraseText(en: "the workload's active hours in a week of 10,080 minutes", ja: "1週間 10,080 分のうちワークロードの稼働時間")
        case .pPeakShareFNN: PhraseText(en: "peak share (f = n/N)", ja: "ピークの割合 (f = n/N)")
        case .pCacheWritesArePricedOffPeak: PhraseText(en: "cache writes are priced off-peak at every hour", ja: "キャッシュ書き込みは常にオフピーク価格")
        case .pNoCacheWritePriceTheInput: PhraseText(en: "no cache-write price: the input price", ja: "キャッシュ書き込み価格なし：入力価格")
        case .pPeak: PhraseText(en: "peak", ja: "ピーク")
        case .pOffPeak: PhraseText(en: "off-peak", ja: "オフピーク")
        case .pFPeak1FOffPeak: PhraseText(en: "f·peak + (1 − f)·off-peak with f = n/N, over the prices as stated, then converted", ja: "f·ピーク + (1 − f)·オフピーク（f = n/N）を表示価格で計算し、換算")
        case .pLlmcostSBlendOfThePeak: PhraseText(en: "llmcost's blend of the peak and off-peak prices, entered as a value: the formula would not give it exactly", ja: "llmcost によるピークとオフピークの加重平均（値）：数式では正確に再現できない")
        case .pFPeak1FOffPeak2: PhraseText(en: "f·peak + (1 − f)·off-peak with f = n/N", ja: "f·ピーク + (1 − f)·オフピーク（f = n/N）")
        case .pTimeOfDayPricesFN: PhraseText(en: "Time-of-day prices: f = n/N, the share of the workload's active minutes of a UTC week that fall in a peak window; each blended price is (n·peak + (N − n)·off-peak)/N on the Inputs sheet. Cache writes are priced off-peak at every hour. Changing the active hours or the windows needs a rerun of llmcost (or new n and N).", ja: "時間帯別価格：f = n/N は UTC の1週間の稼働分数のうちピーク時間帯に入る割合。各加重平均価格は入力シートの (n·ピーク + (N − n)·オフピーク)/N。キャッシュ書き込みは常にオフピーク価格。稼働時間や時間帯の変更は llmcost の再実行（または n と N の変更）で。")
        case .pRetired: PhraseText(en: " (retired)", ja: "（提供終了）")
        case .pInUtc: PhraseText(en: "{1} {2} / {3} in UTC {4}", ja: "{1} {2} / {3}（UTC {4}）")
        case .pFree: PhraseText(en: " (free)", ja: "（無料）")
        case .pUntil: PhraseText(en: "until {1}", ja: "{1} まで")
        case .pWithNoEndDate: PhraseText(en: "with no end date", ja: "終了日なし")
        case .pTimeOfDayPricesThePrices: PhraseText(en: "Time-of-day prices: the prices shown are off-peak; peak input / output: ", ja: "時間帯別料金：表の価格はオフピーク。ピークの入力 / 出力：")
        case .pFreeEveryPrice0: PhraseText(en: "Free (every price 0): ", ja: "無料（全価格 0）：")
        case .pRetiredWithTheirLastPrices: PhraseText(en: "Retired, with their last prices: ", ja: "提供終了（最後の価格）：")
        case .pDeprecated: PhraseText(en: "Deprecated", ja: "廃止予告")
        case .pRetired2: PhraseText(en: "Retired", ja: "提供終了")
        case .pSuccessor: PhraseText(en: "Successor", ja: "後継")
        case .pDeprecatedOn: PhraseText(en: "; deprecated on {1}", ja: "。{1} に非推奨")
        case .pRetiresWithinTheHorizon: PhraseText(en: "; retires on {1}, within the {2}-month horizon, and is priced after that as if it still served", ja: "。{1} に提供終了（{2}か月の期間内）で、それ以降も提供が続くものとして計算しています")
        case .pSuccessor2: PhraseText(en: "; successor {1}", ja: "、後継 {1}")
        case .pRetiredOnNoPriceSetIs: PhraseText(en: "Retired on {1}{2}: no price set is in force on {3}.", ja: "{1} に提供終了{2}。{3} 時点で有効な価格はありません。")
        case .pCacheWrite: PhraseText(en: "cache write {1}", ja: "キャッシュ書き込み {1}")
        case .pTier: PhraseText(en: "'{1}' tier {2}", ja: "「{1}」階層 {2}")
        case .pPeakInputOutputInUtcThe: PhraseText(en: "peak {1} input / {2} output in UTC {3} (the prices above are off-peak)", ja: "ピーク 入力 {1} / 出力 {2}（UTC {3}。上の価格はオフピーク）")
        case .pCheapestTodayAtMonth: PhraseText(en: "Cheapest today: {1} at {2}/month;", ja: "現在の最安は {1}（{2}／月）。")
        case .pSelfHostingIsTheCheaperWay: PhraseText(en: " self-hosting is the cheaper way at today's volume", ja: "今の量では自社運用の方が安価です")
        case .pPunctU2e: PhraseText(en: ".", ja: "。")
        case .pSelfHostingNeverBeatsItAt: PhraseText(en: " self-hosting never beats it at this request shape", ja: "このリクエストの形では自社運用がこれより安くなることはありません")
        case .pSelfHostingBeatsItFromRequests: PhraseText(en: " self-hosting ({1}) beats it from {2} requests/month, {3}× today", ja: "{1} での自社運用は月 {2} リクエスト（現在の {3} 倍）から安くなります")
        case .pSelfHostingAtFullLoadThroughput: PhraseText(en: " (self-hosting at full-load throughput, no service level set)", ja: "（自社運用は最大負荷時のスループット、サービスレベル指定なし）")
        case .pSelfHostingAtTokensSPer: PhraseText(en: " (self-hosting at ≥ {1} tokens/s per user)", ja: "（自社運用はユーザーあたり {1} トークン/秒以上）")
        case .pSelfHostingAtTtftS: PhraseText(en: " (self-hosting at TTFT ≤ {1} s)", ja: "（自社運用は TTFT {1} 秒以内）")
        case .pSelfHostingAtTokensSPer2: PhraseText(en: " (self-hosting at ≥ {1} tokens/s per user, TTFT ≤ {2} s)", ja: "（自社運用はユーザーあたり {1} トークン/秒以上、TTFT {2} 秒以内）")
        case .pMonthlyCostAgainstVolume2: PhraseText(en: "Monthly cost against volume: ", ja: "月間リクエスト数と月額コスト：")
        case .pWrittenToIt: PhraseText(en: ", {1}% written to it", ja: "、キャッシュ書き込み {1}%")
        case .pRequestsMonthInputOutputTokensOf2: PhraseText(en: "{1} requests/month × ({2} input + {3} output tokens); {4}% of input cached{5}, {6}% batch, growth {7}%/month; prices as of {8}; amounts in {9}.", ja: "月 {1} リクエスト ×（入力 {2} + 出力 {3} トークン）、キャッシュ入力 {4}%{5}、バッチ {6}%、月間成長率 {7}%。価格は {8} 時点、金額は {9}。")
        case .pCacheWrite2: PhraseText(en: "cache write", ja: "キャッシュ書き込み")
        case .pMonFri: PhraseText(en: "mon-fri", ja: "平日")
        case .pSatSun: PhraseText(en: "sat-sun", ja: "土日")
        case .pAll: PhraseText(en: "all", ja: "毎日")
        case .pInput7: PhraseText(en: " input", ja: " 入力")
        case .pCached2: PhraseText(en: " cached", ja: " キャッシュ")
        case .pCacheWrite3: PhraseText(en: " cache write", ja: " キャッシュ書き込み")
        case .pOutput3: PhraseText(en: " output", ja: " 出力")
        case .pPricedAtItsServiceTier: PhraseText(en: "; priced at its '{1}' service tier: {2}", ja: "。サービス階層「{1}」の価格で計算：{2}")
        case .pItHasNoServiceTierSo: PhraseText(en: "; it has no '{1}' service tier, so it is priced standard", ja: "。サービス階層「{1}」がないため標準価格で計算")
        case .pCostPer1mTokensAgainstSpeed2: PhraseText(en: "Cost per 1M tokens against speed per user: ", ja: "ユーザーあたり速度と100万トークンあたりのコスト：")
        case .pMonthlyCostAgainstVolumeLogScales2: PhraseText(en: "Monthly cost against volume (log scales): ", ja: "月間リクエスト数と月額コスト（対数）：")
        case .pPerGpu: PhraseText(en: "{1} per GPU", ja: "{1}／GPU")
        case .pKwh: PhraseText(en: "{1}/kWh", ja: "{1}／kWh")
        case .pPerYear2: PhraseText(en: "per year", ja: "年あたり")
        case .pSecondsPerRequest: PhraseText(en: "seconds per request", ja: "1リクエストの処理秒数")
        case .pInputLow: PhraseText(en: "Input low", ja: "変数（低）")
        case .pInputBase: PhraseText(en: "Input base", ja: "変数（基準）")
        case .pInputHigh: PhraseText(en: "Input high", ja: "変数（高）")
        case .pMetricAtLow: PhraseText(en: "Metric at low", ja: "低のときの指標")
        case .pMetricAtHigh: PhraseText(en: "Metric at high", ja: "高のときの指標")
        case .pValuesNotFormulasEachRowIs: PhraseText(en: "Values, not formulas: each row is llmcost re-run with one input moved by ±{1} (metric: {2}).", ja: "数式ではなく値です。各行は変数を1つだけ±{1}動かして llmcost を再計算した結果です（指標：{2}）。")
        case .pSensitivity2: PhraseText(en: "Sensitivity", ja: "感度")
        case .pSelfHostingOption2: PhraseText(en: "Self-hosting option", ja: "自社運用")
        case .pBestPlan: PhraseText(en: "Best plan", ja: "最善の計画")
        case .pSwitchMonth: PhraseText(en: "Switch month", ja: "移行月")
        case .pApiOnlyTotalCost: PhraseText(en: "API only: total cost", ja: "APIのみ：総コスト")
        case .pApiOnlyNpv: PhraseText(en: "API only: NPV", ja: "APIのみ：NPV")
        case .pDayOneTotalCost: PhraseText(en: "Day one: total cost", ja: "初日から：総コスト")
        case .pDayOneNpv: PhraseText(en: "Day one: NPV", ja: "初日から：NPV")
        case .pMigrateTotalCost: PhraseText(en: "Migrate: total cost", ja: "移行：総コスト")
        case .pMigrateNpv: PhraseText(en: "Migrate: NPV", ja: "移行：NPV")
        case .pSelfHostFromDayOne2: PhraseText(en: "Self-host from day one", ja: "初月から自社運用")
        case .pValuesNotFormulasTheSwitchMonth: PhraseText(en: "Values, not formulas: the switch month is a search over every month of the horizon (objective: {1}).", ja: "数式ではなく値です。移行月は期間の全月を探索した結果です（目的：{1}）。")
        case .pInputs: PhraseText(en: "Inputs", ja: "入力")
        case .pApi2: PhraseText(en: "API", ja: "APIコスト")
        case .pSelfHosting2: PhraseText(en: "Self-hosting", ja: "自社運用")
        case .pNotTheStatedAmountTheRate: PhraseText(en: "not the stated amount × the rate", ja: "表示価格 × レートではない")
        case .pUnit: PhraseText(en: "Unit", ja: "単位")
        case .pAsStated: PhraseText(en: "As stated", ja: "表示価格")
        case .pStatedIn: PhraseText(en: "Stated in", ja: "表示通貨")
        case .pSource: PhraseText(en: "Source", ja: "出典")
        case .pDate: PhraseText(en: "Date", ja: "日付")
        case .pWorkload: PhraseText(en: "Workload", ja: "ワークロード")
        case .pRequestsPerMonthR: PhraseText(en: "Requests per month (R)", ja: "月間リクエスト数 (R)")
        case .pTheMeanOfTheRequestMix: PhraseText(en: "the mean of the request mix; costs per request and seconds per request are entered per option", ja: "リクエスト構成の平均。リクエストあたりのコストと秒数は選択肢ごとに入力")
        case .pInputTokensPerRequestI: PhraseText(en: "Input tokens per request (I)", ja: "入力トークン／リクエスト (I)")
        case .pOutputTokensPerRequestO: PhraseText(en: "Output tokens per request (O)", ja: "出力トークン／リクエスト (O)")
        case .pCachedInputShareC: PhraseText(en: "Cached input share (c)", ja: "キャッシュ入力の割合 (c)")
        case .pBatchShareB: PhraseText(en: "Batch share (b)", ja: "バッチの割合 (b)")
        case .pGrowthPerMonthG: PhraseText(en: "Growth per month (g)", ja: "月次成長率 (g)")
        case .pPerMonth2: PhraseText(en: "per month", ja: "月あたり")
        case .pPeakToAverageP: PhraseText(en: "Peak to average (p)", ja: "ピーク／平均 (p)")
        case .pServingHoursPerMonthH: PhraseText(en: "Serving hours per month (h)", ja: "月間稼働時間 (h)")
        case .pHoursMonth: PhraseText(en: "hours/month", ja: "時間／月")
        case .pAMonthIs730Hours2: PhraseText(en: "a month is 730 hours", ja: "1か月 = 730 時間")
        case .pOperationsAndFinance: PhraseText(en: "Operations and finance", ja: "運用と財務")
        case .pOperationsStaff: PhraseText(en: "Operations staff", ja: "運用人員")
        case .pCostOfOneFte: PhraseText(en: "Cost of one FTE", ja: "1 FTE の費用")
        case .pDefault: PhraseText(en: "default", ja: "既定値")
        case .pOtherFixedCosts: PhraseText(en: "Other fixed costs", ja: "その他の固定費")
        case .pOneTimeSetup2: PhraseText(en: "One-time setup", ja: "初期費用")
        case .pHorizon: PhraseText(en: "Horizon", ja: "期間")
        case .pMonths: PhraseText(en: "months", ja: "か月")
        case .pTheCashFlowSheetsHaveOne: PhraseText(en: "the cash-flow sheets have one row per month; a longer horizon needs llmcost --horizon", ja: "キャッシュフローは月ごとに1行。期間を延ばすには llmcost --horizon")
        case .pDiscountRateR: PhraseText(en: "Discount rate (r)", ja: "割引率 (r)")
        case .pPerYear: PhraseText(en: "per year", ja: "年あたり")
        case .pHoursSavedPerMonth: PhraseText(en: "Hours saved per month", ja: "月間削減時間")
        case .pHourlyCost: PhraseText(en: "Hourly cost", ja: "時間単価")
        case .pOtherBenefitPerMonth: PhraseText(en: "Other benefit per month", ja: "その他の月間便益")
        case .pServiceLevel: PhraseText(en: "Service level", ja: "サービスレベル")
        case .pLlmcostReadsEachProfileSCurves: PhraseText(en: "llmcost reads each profile's curves at this level to fit P, D, K below; rerun with --speed or --ttft to change it", ja: "llmcost はこの水準で各プロファイルの曲線を読み、下の P, D, K を当てはめます。変更は --speed または --ttft で再実行")
        case .pMinimumSpeedPerUser: PhraseText(en: "Minimum speed per user", ja: "ユーザーあたり最低速度")
        case .pTokensS3: PhraseText(en: "tokens/s", ja: "トークン/秒")
        case .pMaximumTimeToFirstToken: PhraseText(en: "Maximum time to first token", ja: "最初のトークンまでの最大時間")
        case .pExchangeRates: PhraseText(en: "Exchange rates", ja: "為替レート")
        case .pPerUsd: PhraseText(en: "{1} per USD", ja: "1 USD あたり {1}")
        case .pApiPricesInForce: PhraseText(en: "API prices in force", ja: "適用中の API 価格")
        case .pPer1mTokens: PhraseText(en: "{1} per 1M tokens", ja: "{1}／100万トークン")
        case .pChecked4: PhraseText(en: "checked", ja: "確認日")
        case .pLongContextTierAboveInputTokens: PhraseText(en: "long-context tier above {1} input tokens; it does not switch when I changes here", ja: "{1} 入力トークン超の長文脈価格。ここで I を変えても切り替わらない")
        case .pCostPerRequest: PhraseText(en: "cost per request", ja: "1リクエストあたりのコスト")
        case .pPricedSegmentBySegmentByLlmcost: PhraseText(en: "priced segment by segment by llmcost (a mix of request shapes)", ja: "llmcost がセグメントごとに計算（リクエスト形状の混在）")
        case .pLlmcostSValueItsPriceHas: PhraseText(en: "llmcost's value: its price has terms this sheet does not model", ja: "llmcost の値：このシートにない価格要素を含む")
        case .pCachedInput2: PhraseText(en: "cached input", ja: "キャッシュ入力")
        case .pNoCachedPriceTheInputPrice: PhraseText(en: "no cached price: the input price", ja: "キャッシュ価格なし：入力価格")
        case .pOutput2: PhraseText(en: "output", ja: "出力")
        case .pBatchDiscount2: PhraseText(en: "batch discount", ja: "バッチ割引")
        case .pRooflineEstimateFromTheGpusCompute: PhraseText(en: "roofline estimate from the GPUs' compute (not measured)", ja: "GPU の演算性能からのルーフライン推定（実測ではない）")
        case .pFittedByLlmcostToOperatingPoints: PhraseText(en: "fitted by llmcost to {1} operating points read off the measured curves at the service level (interpolation and least squares; not a spreadsheet formula)", ja: "llmcost がサービスレベルで実測曲線から読んだ {1} 点に当てはめた値（補間と最小二乗法。スプレッドシートの数式ではない）")
        case .pLatencyNotMeasuredFittedToThe: PhraseText(en: "latency not measured: fitted to the full-load points by llmcost (least squares; not a spreadsheet formula)", ja: "レイテンシ未測定：llmcost が最大負荷の点に当てはめた値（最小二乗法。スプレッドシートの数式ではない）")
        case .pFittedByLeastSquaresToThe: PhraseText(en: "fitted by least squares to the measured points by llmcost (not a spreadsheet formula)", ja: "llmcost が実測点に最小二乗法で当てはめた値（スプレッドシートの数式ではない）")
        case .pSecondsPerRequestS: PhraseText(en: "seconds per request (s)", ja: "リクエストあたり秒数 (s)")
        case .pReplicaSeconds: PhraseText(en: "replica-seconds", ja: "レプリカ秒")
        case .pTheRequestWeightedMeanOverThe: PhraseText(en: "the request-weighted mean over the mix, from the fitted P, D, K", ja: "構成のリクエスト加重平均（当てはめた P, D, K から）")
        case .pLlmcostSValueNotIP: PhraseText(en: "llmcost's value, not I/P + O/D + O·(I + O/2)/K", ja: "llmcost の値（I/P + O/D + O·(I + O/2)/K ではない）")
        case .pTokensS4: PhraseText(en: "tokens²/s", ja: "トークン²/秒")
        case .pGpusPerReplicaG: PhraseText(en: "GPUs per replica (G)", ja: "レプリカあたり GPU (G)")
        case .pTargetUtilisationU: PhraseText(en: "target utilisation (u)", ja: "目標稼働率 (u)")
        case .pMinimumReplicasM: PhraseText(en: "minimum replicas (m)", ja: "最小レプリカ数 (m)")
        case .pReplicas2: PhraseText(en: "replicas", ja: "レプリカ数")
        case .pRentPerGpuHour: PhraseText(en: "rent per GPU-hour", ja: "GPU 時間あたり賃料")
        case .pGpuHour2: PhraseText(en: "{1}/GPU-hour", ja: "{1}／GPU時間")
        case .pInstalledPricePerGpu: PhraseText(en: "installed price per GPU", ja: "GPU あたり導入価格")
        case .pBoughtAgainEveryMonthsEnteredAs: PhraseText(en: "bought again every {1} months (entered as values in the cash flow)", ja: "{1}か月ごとに再購入（キャッシュフローに値で入力）")
        case .pAmortisation: PhraseText(en: "amortisation", ja: "償却期間")
        case .pServerDrawPerGpu: PhraseText(en: "server draw per GPU", ja: "GPU あたりサーバー電力")
        case .pElectricity: PhraseText(en: "electricity", ja: "電気料金")
        case .pHostingPerGpuMonth: PhraseText(en: "hosting per GPU-month", ja: "GPU 月あたりホスティング")
        case .pApiOption2: PhraseText(en: "API option", ja: "API")
        case .pCostPerRequestA: PhraseText(en: "Cost per request (a)", ja: "リクエストあたりのコスト (a)")
        case .pSecondsPerRequestS2: PhraseText(en: "Seconds per request (s)", ja: "リクエストあたり秒数 (s)")
        case .pReplicasN: PhraseText(en: "Replicas (N)", ja: "レプリカ数 (N)")
        case .pFixedPerMonthF: PhraseText(en: "Fixed per month (F)", ja: "月額固定費 (F)")
        case .pMonthlyCostNCF: PhraseText(en: "Monthly cost (N·C + F)", ja: "月額コスト (N·C + F)")
        case .pCapacityRNRequestsMonth: PhraseText(en: "Capacity (R_N, requests/month)", ja: "処理能力 (R_N、リクエスト／月)")
        case .pCashPerReplicaPerMonth: PhraseText(en: "Cash per replica per month", ja: "1レプリカの月額支出")
        case .pApiCostPerRequestA2: PhraseText(en: "API cost per request (a)", ja: "APIの1リクエストあたりコスト (a)")
        case .pOneReplicaSCapacityR: PhraseText(en: "One replica's capacity (R₁)", ja: "1レプリカの処理能力 (R₁)")
        case .pFirstBreakEvenReplicasK: PhraseText(en: "First break-even replicas (k*)", ja: "最初の損益分岐レプリカ数 (k*)")
        case .pFirstBreakEvenRRequestsMonth: PhraseText(en: "First break-even (R*, requests/month)", ja: "最初の損益分岐 (R*、リクエスト／月)")
        case .pRAsTokensMonth: PhraseText(en: "R* as tokens/month", ja: "R* のトークン／月")
        case .pRCurrentVolume: PhraseText(en: "R* × current volume", ja: "R* ÷ 現在の量")
        case .pAlwaysCheaperReplicasK: PhraseText(en: "Always-cheaper replicas (K)", ja: "常に安くなるレプリカ数 (K)")
        case .pCheaperAtEveryVolumeFromX: PhraseText(en: "Cheaper at every volume from (X)", ja: "すべての量で安くなる量 (X)")
        case .pXCurrentVolume: PhraseText(en: "X × current volume", ja: "X ÷ 現在の量")
        case .pMonthT: PhraseText(en: "Month (t)", ja: "月 (t)")
        case .pGrowth1GT1: PhraseText(en: "Growth (1+g)^(t−1)", ja: "成長 (1+g)^(t−1)")
        case .pRequestsRT: PhraseText(en: "Requests (R_t)", ja: "リクエスト (R_t)")
        case .pApiCost2: PhraseText(en: "API cost", ja: "APIコスト")
        case .pReplicasNeeded: PhraseText(en: "Replicas needed", ja: "必要レプリカ数")
        case .pReplicasRunning: PhraseText(en: "Replicas running", ja: "稼働レプリカ数")
        case .pReplicasBought: PhraseText(en: "Replicas bought", ja: "購入レプリカ数")
        case .pReplicasReBoughtValues: PhraseText(en: "Replicas re-bought (values)", ja: "再購入レプリカ数（値）")
        case .pPurchases: PhraseText(en: "Purchases", ja: "購入費")
        case .pRunningCost: PhraseText(en: "Running cost", ja: "運用費")
        case .pSelfHostingCost2: PhraseText(en: "Self-hosting cost", ja: "自社運用コスト")
        case .pSavingApiSelf: PhraseText(en: "Saving (API − self)", ja: "削減額 (API − 自社)")
        case .pCumulativeSaving: PhraseText(en: "Cumulative saving", ja: "累積削減額")
        case .pPaidBackT: PhraseText(en: "Paid back (t)", ja: "回収 (t)")
        case .pBenefits2: PhraseText(en: "Benefits", ja: "便益")
        case .pDiscountFactor1RT12: PhraseText(en: "Discount factor (1+r)^(t/12)", ja: "割引係数 (1+r)^(t/12)")
        case .pDiscountedSaving: PhraseText(en: "Discounted saving", ja: "割引後削減額")
        case .pOneTimeCostsT0: PhraseText(en: "One-time costs (t = 0)", ja: "初期費用 (t = 0)")
        case .pNpvOfSwitching3: PhraseText(en: "NPV of switching", ja: "切替のNPV")
        case .pTotalApiCost: PhraseText(en: "Total API cost", ja: "API 総コスト")
        case .pTotalSelfHostingCost: PhraseText(en: "Total self-hosting cost", ja: "自社運用総コスト")
        case .pTotalBenefits2: PhraseText(en: "Total benefits", ja: "総便益")
        case .pRoiOfSelfHosting: PhraseText(en: "ROI of self-hosting", ja: "自社運用のROI")
        case .pNpvOfSelfHosting: PhraseText(en: "NPV of self-hosting", ja: "自社運用の NPV")
        case .pNpvOfTheApi: PhraseText(en: "NPV of the API", ja: "API の NPV")
        case .pCashFlow: PhraseText(en: "Cash flow {1}", ja: "キャッシュフロー {1}")
        case .pCellsOnTheCalculationSheetsAre: PhraseText(en: "Cells on the calculation sheets are formulas over the Inputs sheet; llmcost's own results are stored as their cached values. Change an input (blue on the Inputs sheet) and the workbook recalculates.", ja: "計算シートのセルは入力シートを参照する数式で、llmcost の計算結果をキャッシュ値として保存しています。入力（入力シートの青字）を変えると再計算されます。")
        case .pMoneyInExactInLlmcostAnd: PhraseText(en: "Money in {1}, exact in llmcost and rounded only when shown; a spreadsheet computes in binary floating point, so a recalculated cell may differ from llmcost's in the last digits (well below a cent).", ja: "金額は {1}。llmcost では正確な十進数で、表示時にのみ丸めます。表計算ソフトは二進浮動小数点で計算するため、再計算した値は末尾の桁（1セント未満）で異なることがあります。")
        case .pNotFormulasHereTheFittedP: PhraseText(en: "Not formulas here: the fitted P, D, K (least squares); prices of a long-context tier (chosen by I when llmcost ran); GPU re-purchases after their life; the sensitivity and plan sheets (re-runs and a search). Replica counts round R·s·p/(h·3600·u) to 9 decimals before CEILING so binary noise never adds a replica.", ja: "ここでは数式でないもの：当てはめた P, D, K（最小二乗法）、長文脈価格（llmcost 実行時の I で選択）、寿命後の GPU 再購入、感度と計画のシート（再計算と探索）。レプリカ数は CEILING の前に R·s·p/(h·3600·u) を小数9桁に丸めます。")
        case .pTheWorkloadMixesRequestShapesEach: PhraseText(en: "The workload mixes request shapes: each API's cost per request and each deployment's seconds per request are llmcost's values over the mix.", ja: "ワークロードは複数のリクエスト形状を含むため、API のリクエストあたりのコストと秒数は llmcost の構成全体の値です。")
        case .pHybridRoutingAndSeatPlansAre: PhraseText(en: "Hybrid routing and seat plans are in the other formats only, not in this workbook.", ja: "ハイブリッド構成と席課金プランはこのブックには含まれません（他の形式で出力）。")
        case .pInForceFrom2: PhraseText(en: "in force from", ja: "適用開始")
        case .pRent2: PhraseText(en: "rent", ja: "レンタル")
        case .pPurchase: PhraseText(en: "purchase", ja: "購入")
        case .pNotesAndSources: PhraseText(en: "Notes and sources", ja: "注記と出典")
        case .pConcurrency: PhraseText(en: "Concurrency", ja: "同時実行数")
        case .pSpeedPerUser: PhraseText(en: "Speed per user", ja: "ユーザーあたり速度")
        case .pThroughputPerGpu: PhraseText(en: "Throughput per GPU", ja: "GPU あたりスループット")
        case .pS: PhraseText(en: "s", ja: "秒")
        case .pRunDate: PhraseText(en: "Run date", ja: "測定日")
        case .pMeasuredCurvesTheParetoFrontOf: PhraseText(en: "Measured curves: the Pareto front of each request shape (fastest first)", ja: "実測曲線：リクエスト形状ごとのパレート前線（速い順）")
        case .pFittedAtTheServiceLevel: PhraseText(en: "Fitted at the service level: ", ja: "サービスレベルでの当てはめ：")
        case .pOutputTokensSPerUser: PhraseText(en: "≥ {1} output tokens/s per user", ja: "ユーザーあたり出力 {1} トークン/秒以上")
        case .pFirstTokenWithinSMedian: PhraseText(en: "first token within {1} s (median)", ja: "最初のトークンまで {1} 秒以内（中央値）")
        case .pBetweenConcurrencyAnd: PhraseText(en: "between concurrency {1} and {2}", ja: "同時実行数 {1} と {2} の間を補間")
        case .pMeasuredAtConcurrency: PhraseText(en: "measured at concurrency {1}", ja: "同時実行数 {1} の実測")
        case .pOutputTokensSPerGpu: PhraseText(en: "{1}: {2} output tokens/s per GPU ({3})", ja: "{1}：GPU あたり出力 {2} トークン/秒（{3}）")
        case .pPunctU3b2: PhraseText(en: "; ", ja: "。")
        case .pDoesNotMeetTheLevelNo: PhraseText(en: "{1} does not meet the level (no measured first token within the limit; the fastest is {2} s)", ja: "{1} は条件を満たしません（制限内に最初のトークンが出た測定がなく、最速は {2} 秒）")
        case .pDoesNotMeetTheLevelIt: PhraseText(en: "{1} does not meet the level (it reaches {2} tokens/s per user at best)", ja: "{1} は条件を満たしません（ユーザーあたり最速 {2} トークン/秒）")
        case .pApiCheaperAtEveryMeasuredSpeed: PhraseText(en: "API cheaper at every measured speed", ja: "測定したすべての速度で API が安い")
        case .pSelfHostingCheaperAtEveryMeasured: PhraseText(en: "self-hosting cheaper at every measured speed", ja: "測定したすべての速度で自社運用が安い")
        case .pApiCheaperAboveTokensSPer: PhraseText(en: "API cheaper above {1} tokens/s per user", ja: "ユーザーあたり {1} トークン/秒を超えると API が安い")
        case .pWhereTheApiBecomesCheaper: PhraseText(en: "Where the API becomes cheaper", ja: "API が安くなる速度")
        case .pEachSpeedIsAMeasuredPoint: PhraseText(en: "Each speed is a measured point of a profile's curves (within the TTFT limit when the scenario sets one); at each, P, D and K are refitted to the operating points of SPEC §6.5 and the workload is priced at its volume and shape. A crossover is found by bisection to 0.1 tokens/s between measured speeds.", ja: "各速度は構成の実測曲線上の点です（シナリオに TTFT 上限があればその範囲内）。各速度で SPEC §6.5 の動作点に P、D、K を当てはめ直し、ワークロードの量と形で計算しています。交点は実測速度の間を 0.1 トークン/秒まで二分法で求めています。")
        case .pThePriceOfSpeed: PhraseText(en: "The price of speed: ", ja: "速度の値段：")
        case .pApiPricesForTheSameShape: PhraseText(en: "API prices for the same shape", ja: "同じ形のリクエストでの API 価格")
        case .pCostPer1mTokensAgainstSpeed: PhraseText(en: "Cost per 1M tokens against speed per user", ja: "ユーザーあたり速度と100万トークンあたりのコスト")
        case .pSpeedPerUserTheServiceLevel: PhraseText(en: "Speed per user: the service level's tokens/s per user × (1 ± δ), with P, D and K refitted to the curves' operating points at that speed; \"never\" where the profile does not reach it.", ja: "ユーザーあたり速度：サービスレベルの速度を 1 ± δ 倍し、その速度での実測曲線の動作点に P、D、K を当てはめ直します。構成が届かない速度は「なし」です。")
        case .pSpeedPerUserTokensS: PhraseText(en: "speed per user (tokens/s)", ja: "ユーザーあたり速度（トークン/秒）")
        case .unitPerMonth: PhraseText(en: "{1}/month", ja: "{1}／月")
        case .unitOverMonths: PhraseText(en: "{1}, {2} months", ja: "{1}、{2}か月")
        case .requestsPerMonth: PhraseText(en: "requests/month", ja: "リクエスト／月")
        case .parenthesized: PhraseText(en: " ({1})", ja: "（{1}）")
        case .changeModelAdded: PhraseText(en: "model added", ja: "モデル追加")
        case .changeModelRemoved: PhraseText(en: "model removed", ja: "モデル削除")
        case .changeSetAdded: PhraseText(en: "price set added", ja: "価格セット追加")
        case .changeSetRemoved: PhraseText(en: "price set removed", ja: "価格セット削除")
        case .changeChanged: PhraseText(en: "changed", ja: "変更")
        case .pHybridRoutingNote: PhraseText(en: "Hybrid routing: the segments that must be self-hosted ({1}; {2} of requests) run on the self-hosting option's own fleet, sized for the requests it carries and paying the whole operations cost; the flexible rest ({3}; {4}) goes to the API named after the “+”.", ja: "ハイブリッド構成：自社運用が必須のセグメント（{1}、リクエストの {2}）は自社運用の選択肢で処理し、その量に合わせてレプリカ数を決め、運用費は全額こちらに計上します。残りの柔軟なセグメント（{3}、{4}）は「+」の後の API に送ります。")
        case .pNone: PhraseText(en: "none", ja: "なし")
        case .pPerUserAMonthBilled: PhraseText(en: " per user a month, billed {1}, at least {2} seat{3}", ja: "／ユーザー・月（{1}、最低 {2} シート）")
        case .pAnnually: PhraseText(en: "annually", ja: "年払い")
        case .pPlanByGap: PhraseText(en: "{1} by {2}", ja: "{1}より {2}")
        case .pBestPlanVerdict: PhraseText(en: "{1}: the best plan is {2}; it beats {3} {4}.", ja: "{1}：最良の計画は「{2}」で、{4}{3} 有利です。")
        case .pListAnd: PhraseText(en: " and ", ja: "、")
        case .pOptionsAreRanked: PhraseText(en: "Options are ranked by monthly cost at today's volume; the marked row is the {1}.", ja: "今の量での月額コストが安い順に並べています。印の付いた行が{1}です。")
        case .pThroughputFittedTo: PhraseText(en: "throughput fitted to {1} measured points ({2}), worst error {3}%", ja: "{1} 点の実測値（{2}）に当てはめたスループット、最大誤差 {3}%")
        case .pEngineNotStated: PhraseText(en: "engine not stated", ja: "エンジン不明")
        case .pBoughtUsedReplacedAfter: PhraseText(en: "; bought used, replaced after {1}", ja: "。中古で購入し、{1} ごとに買い替え")
        case .pNMonths: PhraseText(en: "{1} months", ja: "{1}か月")
        case .pItsLife: PhraseText(en: "its life", ja: "寿命")
        case .pScenarioAmountsIn: PhraseText(en: "scenario amounts and money flags in {1}", ja: "シナリオと金額指定オプションの金額は {1}")
        case .pScenarioAmountsInShownIn: PhraseText(en: "scenario amounts and money flags in {1}, shown in {2}", ja: "シナリオと金額指定オプションの金額は {1}（{2} で表示）")
        case .pOperationsFTE: PhraseText(en: "operations {1} FTE × {2} a month (leaving operations out flatters self-hosting)", ja: "運用 {1} 人月 × 月 {2}（運用費を除くと自社運用が過度に有利に見えます）")
        case .pDoesNotMeetTheServiceLevel: PhraseText(en: "{1}: does not meet the service level ({2})", ja: "{1}：サービスレベルを満たしません（{2}）")
        case .pReachesAtBest: PhraseText(en: "reaches {1} tokens/s per user at best", ja: "ユーザーあたり最速 {1} トークン/秒")
        case .pNoFirstTokenWithinTheLimit: PhraseText(en: "no first token within the limit", ja: "制限内に最初のトークンが出た測定なし")
        case .pThroughputAtFullLoad: PhraseText(en: "throughput at full load: the highest measured throughput of each of {1} request shapes ({2} runs, {3}), worst fit error {4}%", ja: "フル稼働時のスループット：{1} 種類のリクエスト形状それぞれの最大実測値（{2} 回の測定、{3}）、最大誤差 {4}%")
        case .pAtTheServiceLevel: PhraseText(en: "at the service level, {1}; fitted worst error {2}%", ja: "サービスレベルでは {1}。当てはめの最大誤差 {2}%")
        case .pListSeparator: PhraseText(en: "; ", ja: "、")
        case .pServiceLevelPricing: PhraseText(en: "Service level: {1}. Self-hosting is priced at the throughput per GPU its measured curves give at that speed (SPEC §6.5); a profile measured only at full load is marked \"{2}\" and priced at full load.", ja: "サービスレベル：{1}。自社運用は、実測曲線がその速度で示す GPU あたりスループットで計算しています。フル稼働時の実測しかない構成は「{2}」と表示し、フル稼働で計算しています。")
        case .cliUnexpectedArgument: PhraseText(en: "unexpected argument '{1}': 'llmcost {2}' takes {3}, e.g. {4}", ja: "余分な引数 '{1}'：'llmcost {2}' が受け取るのは{3}です。例：{4}")
        case .cliUnexpectedArgumentAfter: PhraseText(en: "unexpected argument '{1}' after {2}: 'llmcost {3}' takes {4}; a value with spaces must be quoted, e.g. {5}", ja: "{2} の後に余分な引数 '{1}'：'llmcost {3}' が受け取るのは{4}です。空白を含む値は引用符で囲んでください。例：{5}")
        case .cliStandardInputTwice: PhraseText(en: "{1} and {2} both read standard input ('-'), which can be read once; save one to a file, e.g. --scenario scenario.json", ja: "{1} と {2} がどちらも標準入力（'-'）を読みますが、標準入力は一度しか読めません。一方をファイルに保存してください。例：--scenario scenario.json")
        case .cliOutputIsInput: PhraseText(en: "-o {1} is {2}, which this command reads; write the result elsewhere, e.g. -o report.md", ja: "-o {1} はこのコマンドが読む {2} です。結果は別の場所に書いてください。例：-o report.md")
        case .cliExtensionNotAllowed: PhraseText(en: "-o {1} asks for {2} by its extension, which 'llmcost {3}' cannot write; give --format {4}, e.g. --format {5}", ja: "-o {1} は拡張子から {2} 形式を求めていますが、'llmcost {3}' はこの形式で書けません。--format {4} を指定してください。例：--format {5}")
        case .cliCannotWriteStandardOutput: PhraseText(en: "cannot write to standard output: {1}", ja: "標準出力に書けません：{1}")
        case .cliLinkLoop: PhraseText(en: "cannot write {1}: too many levels of symbolic links", ja: "{1} に書けません：シンボリックリンクの階層が深すぎます")
        case .cliCannotReadStandardInput: PhraseText(en: "cannot read <stdin>: standard input is closed or unreadable", ja: "<stdin> を読めません：標準入力が閉じているか読めません")
        case .cliUnknownSuffixCurrency: PhraseText(en: "invalid value '{1}' for --{2}; no exchange rate for {3} (known: {4}), e.g. --{2} {5}USD or --fx {3}=RATE", ja: "--{2} の値 '{1}' が不正です。{3} の為替レートがありません（既知：{4}）。例：--{2} {5}USD または --fx {3}=RATE")
        case .cliCurrencyWithoutScenario: PhraseText(en: "option --{1} converts the scenario's costs, and 'llmcost prices diff' has no --scenario; e.g. --scenario Data/scenarios/default.json --{1} {2}", ja: "--{1} はシナリオの費用を換算するオプションですが、'llmcost prices diff' に --scenario がありません。例：--scenario Data/scenarios/default.json --{1} {2}")
        case .cliFXWithoutCurrency: PhraseText(en: "--fx {1} without --currency: say which currency to show money in, e.g. --currency {2}", ja: "--fx {1} に --currency がありません：金額を表示する通貨を指定してください。例：--currency {2}")
        case .cliUsageHint: PhraseText(en: " (run 'llmcost --help' for usage)", ja: "（使い方は 'llmcost --help' で表示されます）")
        case .cliOldRate: PhraseText(en: "warning: the {1} rate ({2} per USD) is of {3}, {4} days before {5}; pass --fx {1}=RATE for a current one", ja: "警告：{1} のレート（1 USD あたり {2}）は {3} のもので、{5} より {4} 日古いです。最新のレートは --fx {1}=RATE で指定してください。")
        case .engNoPurchasePriceForFlag: PhraseText(en: "{1} has no purchase price in gpus.json; pass --mode rent, or a --scenario whose self_hosting entry gives 'per_gpu_installed'", ja: "gpus.json に {1} の購入価格がありません。--mode rent か、self_hosting の項目に 'per_gpu_installed' を書いた --scenario を指定してください")
        case .impLiteLLMPlaceholder: PhraseText(en: "placeholder entry (sample_spec)", ja: "プレースホルダーの項目（sample_spec）")
        case .impLiteLLMNoMode: PhraseText(en: "no mode (a pricing bucket, not a model)", ja: "mode なし（モデルではなく価格の区分）")
        case .impLiteLLMNotChat: PhraseText(en: "not a chat model (embedding, image, audio, rerank, …)", ja: "チャットモデル以外（埋め込み、画像、音声、リランクなど）")
        case .impLiteLLMNoTokenPrice: PhraseText(en: "no input or output price per token", ja: "トークンあたりの入力または出力の価格なし")
        case .impLiteLLMZeroPrice: PhraseText(en: "priced at zero (local or free; never imported as $0)", ja: "価格が 0（ローカルまたは無料。$0 としては取り込みません）")
        case .impLiteLLMImplausiblePrice: PhraseText(en: "implausible price (negative, not exact, or above 1,000 per 1M tokens)", ja: "あり得ない価格（負、正確でない、または 100万トークンあたり 1,000 超）")
        case .impLiteLLMMalformed: PhraseText(en: "malformed entry", ja: "不正な形の項目")
        case .impLiteLLMDuplicateID: PhraseText(en: "duplicate id", ja: "重複した ID")
        case .impInferenceXMissingCategory: PhraseText(en: "missing or malformed field", ja: "欠けているか不正な形の項目")
        case .impInferenceXNoShapeCategory: PhraseText(en: "no input/output split", ja: "入力と出力の内訳なし")
        case .impInferenceXTotalOnlyCategory: PhraseText(en: "tput_per_gpu only (no output throughput)", ja: "tput_per_gpu のみ（出力スループットなし）")
        case .impInferenceXUnknownHardwareCategory: PhraseText(en: "unknown hardware", ja: "不明なハードウェア")
        case .impInferenceXUnknownModelCategory: PhraseText(en: "unknown model", ja: "不明なモデル")
        case .impInferenceXDisaggregatedCategory: PhraseText(en: "disaggregated configuration", ja: "分離構成")
        case .impInferenceXNotPositiveCategory: PhraseText(en: "non-positive rate", ja: "正でない値")
        case .impInferenceXMissing: PhraseText(en: "missing or malformed '{1}'", ja: "'{1}' が欠けているか不正な形です")
        case .impInferenceXNoShape: PhraseText(en: "no input/output split of the request (isl/osl missing), so its shape is unknown", ja: "リクエストの入力と出力の内訳がない（isl/osl なし）ため、形状が分かりません")
        case .impInferenceXTotalOnly: PhraseText(en: "only 'tput_per_gpu' (input + output tokens together), no 'output_tput_per_gpu'", ja: "'tput_per_gpu'（入力と出力のトークンの合計）だけで、'output_tput_per_gpu' がありません")
        case .impInferenceXUnknownHardware: PhraseText(en: "unknown hardware '{1}' (no GPU id for it in llmcost)", ja: "不明なハードウェア '{1}'（llmcost に対応する GPU ID がありません）")
        case .impInferenceXUnknownModel: PhraseText(en: "unknown model '{1}' (only dsr1, DeepSeek-R1, is mapped)", ja: "不明なモデル '{1}'（対応しているのは dsr1、DeepSeek-R1 だけです）")
        case .impInferenceXDisaggregated: PhraseText(en: "disaggregated (prefill and decode on separate GPUs): how many GPUs a point stands for is not settled; pass --disagg all-gpus to count prefill and decode GPUs", ja: "分離構成（プリフィルとデコードが別の GPU）：1 点が何 GPU 分かが定まりません。プリフィルとデコードの GPU を数えるには --disagg all-gpus を指定してください")
        case .impInferenceXNotPositive: PhraseText(en: "'{1}' is not a positive number", ja: "'{1}' は正の数ではありません")
        case .impECBNotADate: PhraseText(en: "time '{1}' is not a date (YYYY-MM-DD)", ja: "time '{1}' は日付（YYYY-MM-DD）ではありません")
        case .impECBNotACurrencyCode: PhraseText(en: "currency '{1}' is not an ISO 4217 code", ja: "currency '{1}' は ISO 4217 のコードではありません")
        case .impECBNotAPositiveRate: PhraseText(en: "{1}: rate '{2}' is not a positive number", ja: "{1}: rate '{2}' は正の数ではありません")
        case .impECBRateOutsideADay: PhraseText(en: "a rate for {1} outside any <Cube time=…>", ja: "どの <Cube time=…> にも属さない {1} のレートがあります")
        case .impECBNoDays: PhraseText(en: "no <Cube time=…> found; expected the ECB's eurofxref XML (daily, 90-day or full history)", ja: "<Cube time=…> がありません。ECB の eurofxref XML（日次、90 日分、全履歴）が必要です")
        case .jsnNotALiteLLMPriceMap: PhraseText(en: "expected LiteLLM's price map (an object of model entries), found {1}", ja: "LiteLLM の価格表（モデルの項目のオブジェクト）が必要ですが、{1}です")
        case .jsnNotInferenceXPoints: PhraseText(en: "expected InferenceX benchmark points (a JSON array), found {1}", ja: "InferenceX のベンチマーク点（JSON の配列）が必要ですが、{1}です")
        case .impImportedModels: PhraseText(en: "imported {1} {2} from {3}; skipped {4} {5}", ja: "{3} から {1} モデルを取り込み、{4} 項目を除外しました")
        case .impBatchRemarks: PhraseText(en: "{1} imported with batch prices kept as a note only", ja: "{1} 件はバッチ価格を注記にだけ残して取り込みました")
        case .impValidation: PhraseText(en: "validation of the result: {1} {2}, {3} {4}", ja: "結果の検証：エラー {1} 件、警告 {3} 件")
        case .impSeeValidate: PhraseText(en: "; see 'llmcost prices validate {1}'", ja: "。'llmcost prices validate {1}' で確認してください")
        case .impImportedRates: PhraseText(en: "imported {1} {2} for {3} {4}{5}", ja: "{3} 日分{5}、{1} 件のレートを取り込みました")
        case .impDateRange: PhraseText(en: " ({1} to {2})", ja: "（{1}〜{2}）")
        case .impSkippedNoUSD: PhraseText(en: "skipped {1}: no USD rate", ja: "{1} は USD のレートがないため除外しました")
        case .impImportedProfiles: PhraseText(en: "imported {1} {2} from {3} (one run date per configuration; {4} {5} of other dates left out); skipped {6} {7}", ja: "{3} から {1} 件のプロファイルを取り込み（構成ごとに測定日は 1 つ。ほかの日付の {4} 点は除外）、{6} 点を除外しました")
        case .impPointLeftOut: PhraseText(en: "point [{1}]: {2}", ja: "点 [{1}]：{2}")
        case .impAndMore: PhraseText(en: "… and {1} more", ja: "…ほか {1} 件")
        case .nounModel: PhraseText(en: "model", ja: "モデル")
        case .nounModels: PhraseText(en: "models", ja: "モデル")
        case .nounEntry: PhraseText(en: "entry", ja: "項目")
        case .nounEntries: PhraseText(en: "entries", ja: "項目")
        case .nounProfile: PhraseText(en: "profile", ja: "プロファイル")
        case .nounProfiles: PhraseText(en: "profiles", ja: "プロファイル")
        case .nounPoint: PhraseText(en: "point", ja: "点")
        case .nounPoints: PhraseText(en: "points", ja: "点")
        case .nounRate: PhraseText(en: "rate", ja: "レート")
        case .nounRates: PhraseText(en: "rates", ja: "レート")
        case .nounDay: PhraseText(en: "day", ja: "日")
        case .nounDays: PhraseText(en: "days", ja: "日")
        case .engWrongKindOfFile: PhraseText(en: "expected a {1} file here, found {2}", ja: "ここには {1} のファイルが必要ですが、{2} です")
        case .engNotAModelsFile: PhraseText(en: "expected a {1} file", ja: "{1} のファイルが必要です")
        case .cliValidateSummary: PhraseText(en: "{1} {2} checked: {3} {4}, {5} {6}", ja: "{1} ファイルを検査しました：エラー {3} 件、警告 {5} 件")
        case .cliFileSingular: PhraseText(en: "file", ja: "ファイル")
        case .cliFilePlural: PhraseText(en: "files", ja: "ファイル")
        case .cliWarningSingular: PhraseText(en: "warning", ja: "警告")
        case .cliWarningPlural: PhraseText(en: "warnings", ja: "警告")
        case .rsnUnknownSchema: PhraseText(en: "unknown schema '{1}'{2} (expected one of {3})", ja: "不明なスキーマ '{1}' です{2}（{3} のいずれかが必要です）")
        case .rsnBaseNotUSD: PhraseText(en: "base must be 'USD' (rates are units per US dollar)", ja: "base は 'USD' でなければなりません（レートは 1 米ドルあたりの単位数です）")
        case .rsnDuplicateID: PhraseText(en: "duplicate {1} '{2}' (first at line {3})", ja: "{1} '{2}' が重複しています（最初は {3} 行目）")
        case .rsnNotProviderModel: PhraseText(en: "'{1}' is not of the form provider/model", ja: "'{1}' は provider/model の形ではありません")
        case .rsnNotProviderPlan: PhraseText(en: "'{1}' is not of the form provider/plan", ja: "'{1}' は provider/plan の形ではありません")
        case .rsnTwoPriceSets: PhraseText(en: "two price sets take effect on {1} (first at line {2})", ja: "{1} に適用開始となる価格セットが 2 つあります（最初は {2} 行目）")
        case .rsnRetiredBeforeDeprecated: PhraseText(en: "retired {1} is before deprecated {2}", ja: "提供終了 {1} が廃止予告 {2} より前です")
        case .rsnOwnSuccessor: PhraseText(en: "a model cannot be its own successor", ja: "モデルは自分自身の後継にはなれません")
        case .rsnFreeWithoutEnd: PhraseText(en: "every price is 0 from {1} with no end date (no later price set, no 'retired'); reports mark it free", ja: "{1} からすべての価格が 0 で、終わりの日付がありません（後の価格セットも 'retired' もありません）。レポートでは無料と表示します")
        case .rsnUnknownSuccessor: PhraseText(en: "unknown successor '{1}'{2}", ja: "不明な後継 '{1}' です{2}")
        case .rsnPeakWithTiers: PhraseText(en: "a price set cannot have both 'peak' and long-context 'tiers' (not supported)", ja: "価格セットに 'peak' と長文脈の 'tiers' の両方は持たせられません（未対応）")
        case .rsnOutputBelowInput: PhraseText(en: "output price {1} is lower than input price {2}; are they swapped?", ja: "出力価格 {1} が入力価格 {2} より低くなっています。入れ違いではありませんか？")
        case .rsnSecondPurchaseOffer: PhraseText(en: "a second '{1}' purchase offer; give one offer per condition", ja: "'{1}' の購入価格が 2 つあります。'condition' ごとに 1 つにしてください")
        case .rsnEstimatedNeedsParameters: PhraseText(en: "an estimated profile needs 'parameters_b' for its roofline estimate", ja: "推定のプロファイルにはルーフライン推定のための 'parameters_b' が必要です")
        case .rsnNoMeasuredPoints: PhraseText(en: "no measured points: add 'measured' or 'curves', or mark the profile \"estimated\": true with 'parameters_b'", ja: "実測点がありません：'measured' か 'curves' を追加するか、プロファイルを \"estimated\": true にして 'parameters_b' を指定してください")
        case .rsnP99BelowMedian: PhraseText(en: "the 99th-percentile TTFT {1} s is below the median {2} s", ja: "TTFT の 99 パーセンタイル {1} 秒が中央値 {2} 秒を下回っています")
        case .rsnNotISOCode: PhraseText(en: "'{1}' is not an ISO 4217 code (three capital letters, e.g. JPY)", ja: "'{1}' は ISO 4217 のコードではありません（英大文字 3 字。例：JPY）")
        case .rsnTooManyMinorUnits: PhraseText(en: "{1} minor units is more than any currency has (0–4)", ja: "補助単位 {1} 桁の通貨はありません（0〜4）")
        case .rsnUsdNotOne: PhraseText(en: "USD per USD must be 1", ja: "1 USD あたりの USD は 1 でなければなりません")
        case .rsnUnknownGPUReference: PhraseText(en: "unknown gpu '{1}'{2}", ja: "不明な GPU '{1}' です{2}")
        case .rsnUnknownFamilyReference: PhraseText(en: "unknown model family '{1}'{2}", ja: "不明なモデルファミリー '{1}' です{2}")
        case .rsnUnknownCurrencyReference: PhraseText(en: "unknown currency '{1}'{2}", ja: "不明な通貨 '{1}' です{2}")
        case .jsnFileTooLarge: PhraseText(en: "file is larger than {1}", ja: "ファイルが {1} を超えています")
        case .jsnUnexpectedEnd: PhraseText(en: "unexpected end of file, {1}", ja: "ファイルが途中で終わっています。{1}")
        case .jsnUnexpectedCharacter: PhraseText(en: "unexpected {1}, expected a value", ja: "予期しない {1} です。値が必要です")
        case .jsnAfterTopLevelValue: PhraseText(en: "unexpected {1} after the top-level value", ja: "最上位の値の後に予期しない {1} があります")
        case .jsnNestingTooDeep: PhraseText(en: "nesting deeper than {1} levels", ja: "入れ子が {1} 階層を超えています")
        case .jsnTrailingComma: PhraseText(en: "trailing comma before {1}", ja: "{1} の前に余分なカンマがあります")
        case .jsnSingleQuotes: PhraseText(en: "single quotes are not allowed, use '\"'", ja: "一重引用符は使えません。'\"' を使ってください")
        case .jsnComments: PhraseText(en: "comments are not allowed in JSON", ja: "JSON にコメントは書けません")
        case .jsnInvalidLiteral: PhraseText(en: "invalid literal '{1}'", ja: "不正なリテラル '{1}' です")
        case .jsnEndInNumber: PhraseText(en: "unexpected end of file in number '{1}'", ja: "数値 '{1}' の途中でファイルが終わっています")
        case .jsnInvalidNumber: PhraseText(en: "invalid number '{1}'", ja: "不正な数値 '{1}' です")
        case .jsnUnescapedLineBreak: PhraseText(en: "unescaped line break in string", ja: "文字列にエスケープされていない改行があります")
        case .jsnUnescapedControlCharacter: PhraseText(en: "unescaped control character {1} in string", ja: "文字列にエスケープされていない制御文字 {1} があります")
        case .jsnInvalidUTF8Byte: PhraseText(en: "invalid UTF-8 byte {1}", ja: "UTF-8 として不正なバイト {1} です")
        case .jsnInvalidEscape: PhraseText(en: "invalid escape {1} in string", ja: "文字列に不正なエスケープ {1} があります")
        case .jsnLoneSurrogate: PhraseText(en: "lone surrogate '{1}' in string", ja: "文字列に対のないサロゲート '{1}' があります")
        case .jsnInvalidEscapeSequence: PhraseText(en: "invalid escape sequence in string", ja: "文字列に不正なエスケープシーケンスがあります")
        case .jsnInvalidUnicodeEscape: PhraseText(en: "invalid \\u escape, expected four hex digits", ja: "不正な \\u エスケープです。16 進数 4 桁が必要です")
        case .jsnUnterminatedString: PhraseText(en: "unterminated string starting at {1}", ja: "{1} から始まる文字列が閉じていません")
        case .jsnExpectValue: PhraseText(en: "expected a value", ja: "値が必要です")
        case .jsnExpectLiteral: PhraseText(en: "expected '{1}'", ja: "'{1}' が必要です")
        case .jsnExpectCommaOrBrace: PhraseText(en: "expected ',' or '}' after object member", ja: "オブジェクトのメンバーの後には ',' か '}' が必要です")
        case .jsnExpectCommaOrBracket: PhraseText(en: "expected ',' or ']' after array element", ja: "配列の要素の後には ',' か ']' が必要です")
        case .jsnExpectKeyAfterComma: PhraseText(en: "expected a string key after ','", ja: "',' の後には文字列のキーが必要です")
        case .jsnExpectKeyOrBrace: PhraseText(en: "expected a string key or '}'", ja: "文字列のキーか '}' が必要です")
        case .jsnExpectColon: PhraseText(en: "expected ':' after object key", ja: "オブジェクトのキーの後には ':' が必要です")
        case .engRangeBeyondReach: PhraseText(en: "cannot fit the throughput model: {1}'s high of {2} tokens/s per user is faster than '{3}' reaches; lower the range's high", ja: "スループットモデルを当てはめられません：{1} の high（ユーザーあたり {2} トークン/秒）は '{3}' が出せる速度を超えています。範囲の high を下げてください")
        case .engDrawnSpeedBeyondReach: PhraseText(en: "cannot fit the throughput model: '{1}' does not reach a drawn speed of {2} tokens/s per user", ja: "スループットモデルを当てはめられません：'{1}' は抽出された速度（ユーザーあたり {2} トークン/秒）に届きません")
        case .rsnDuplicateKey: PhraseText(en: "duplicate key '{1}' (first at line {2})", ja: "キー '{1}' が重複しています（最初は {2} 行目）")
        case .rsnIsEmpty: PhraseText(en: "is empty", ja: "空です")
        case .rsnNotADecimal: PhraseText(en: "'{1}' is not a decimal number", ja: "'{1}' は10進数ではありません")
        case .rsnNotFinite: PhraseText(en: "{1} is not a finite number that can be held exactly (at most 38 digits)", ja: "{1} は正確に保持できる有限の数ではありません（最大 38 桁）")
        case .rsnFloatArtifact: PhraseText(en: "{1} looks like a floating-point artifact; write {2} if that is meant", ja: "{1} は浮動小数点の誤差に見えます。その値のつもりなら {2} と書いてください")
        case .rsnTooSmall: PhraseText(en: "{1} is too small to compute with (zero, or at least 1e-9 in size)", ja: "{1} は小さすぎて計算できません（0 か、絶対値 1e-9 以上にしてください）")
        case .rsnTooLarge: PhraseText(en: "{1} is too large to compute with (at most 1e18 in size)", ja: "{1} は大きすぎて計算できません（絶対値 1e18 まで）")
        case .rsnPriceAboveBound: PhraseText(en: "{1} per 1M tokens is above the sane bound of {2} (a per-1k or per-token price?)", ja: "100万トークンあたり {1} は妥当な上限 {2} を超えています（1k あたりやトークンあたりの価格ではありませんか？）")
        case .rsnPriceImplausiblySmall: PhraseText(en: "{1} per 1M tokens is implausibly small; is it a per-token price (× 1,000,000 = {2})?", ja: "100万トークンあたり {1} は小さすぎます。トークンあたりの価格ではありませんか（× 1,000,000 = {2}）？")
        case .rsnNotWholeNumber: PhraseText(en: "{1} is not a whole number", ja: "{1} は整数ではありません")
        case .rsnBelowMinimum: PhraseText(en: "{1} must be at least {2}", ja: "{1} は {2} 以上でなければなりません")
        case .rsnAboveBound: PhraseText(en: "{1} is above the bound of {2}", ja: "{1} は上限 {2} を超えています")
        case .rsnNotADate: PhraseText(en: "'{1}' is not a date (YYYY-MM-DD)", ja: "'{1}' は日付（YYYY-MM-DD）ではありません")
        case .rsnInTheFuture: PhraseText(en: "{1} is in the future (today is {2})", ja: "{1} は未来の日付です（今日は {2}）")
        case .rsnCheckedTooLongAgo: PhraseText(en: "checked {1} is {2} days old (older than {3}; --max-age)", ja: "確認日 {1} は {2} 日前です（{3} 日より古い。--max-age）")
        case .rsnMissingSource: PhraseText(en: "missing '{1}': say where this figure comes from", ja: "'{1}' がありません：この数値の出典を書いてください")
        case .rsnNotAURL: PhraseText(en: "'{1}' is not an http(s) URL", ja: "'{1}' は http(s) の URL ではありません")
        case .rsnNotATimeOfDay: PhraseText(en: "'{1}' is not a time of day HH:MM (00:00–23:59, or 24:00 for 'to')", ja: "'{1}' は時刻 HH:MM ではありません（00:00〜23:59。'to' は 24:00 も可）")
        case .rsnRangeOutOfOrder: PhraseText(en: "a range needs low ≤ mode ≤ high (got low {1}, mode {2}, high {3})", ja: "範囲は low ≤ mode ≤ high でなければなりません（low {1}、mode {2}、high {3}）")
        case .rsnNotAScenarioFile: PhraseText(en: "expected '{1}', found '{2}'; is this a scenario file?", ja: "'{1}' が必要ですが、'{2}' です。シナリオファイルですか？")
        case .rsnBadTierName: PhraseText(en: "tier name '{1}' must be lowercase letters, digits or '-' (e.g. flex)", ja: "サービス階層の名前 '{1}' に使えるのは英小文字、数字、'-' だけです（例：flex）")
        case .rsnExpectedModelReference: PhraseText(en: "expected a model id string or {\"id\", \"tier\"}, found {1}", ja: "モデル ID の文字列か {\"id\", \"tier\"} が必要ですが、{1}です")
        case .rsnHorizonTooLong: PhraseText(en: "{1} months is more than 50 years (at most {2})", ja: "{1} か月は 50 年を超えています（最大 {2}）")
        case .rsnExpectedString: PhraseText(en: "expected a string", ja: "文字列が必要です")
        case .rsnEitherNotBoth: PhraseText(en: "give '{1}' or '{2}', not both", ja: "'{1}' と '{2}' はどちらか一方だけを指定してください")
        case .rsnMissingRequests: PhraseText(en: "missing required field 'requests_per_month' (or 'requests_per_day')", ja: "必須の項目 'requests_per_month'（または 'requests_per_day'）がありません")
        case .rsnTooManyRequestsAMonth: PhraseText(en: "{1} requests a month is more than a quadrillion a month, past any fleet (at most {2} a month)", ja: "月 {1} リクエストは月 1000 兆件を超え、どのフリートでも処理できません（最大 月 {2}）")
        case .rsnTooManyRequestsADay: PhraseText(en: "{1} requests a day is more than a quadrillion a month, past any fleet (at most {2} a month)", ja: "日 {1} リクエストは月 1000 兆件を超え、どのフリートでも処理できません（最大 月 {2}）")
        case .rsnNoTokens: PhraseText(en: "a request needs input or output tokens; both are 0", ja: "リクエストには入力か出力のトークンが必要ですが、どちらも 0 です")
        case .rsnCacheSharesAboveOne: PhraseText(en: "cached_input_share {1} + cache_write_share {2} is more than 1 (every input token is read from, written to or outside the cache once)", ja: "cached_input_share {1} + cache_write_share {2} が 1 を超えています（入力トークンはどれも、キャッシュからの読み込み・キャッシュへの書き込み・キャッシュ外のいずれか 1 回だけです）")
        case .rsnBadUTCOffset: PhraseText(en: "'{1}' is not a UTC offset ±HH:MM (e.g. +09:00), at most ±18:00", ja: "'{1}' は UTC オフセット ±HH:MM ではありません（例：+09:00、最大 ±18:00）")
        case .rsnGrowthOutside: PhraseText(en: "growth of {1}% a month is outside −100%…+1,000%", ja: "月 {1}% の成長率は −100%〜+1,000% の範囲外です")
        case .rsnPeakBelowAverage: PhraseText(en: "{1} is below 1: the peak cannot be under the average", ja: "{1} は 1 未満です：ピークは平均を下回れません")
        case .rsnPeakAboveBound: PhraseText(en: "{1} is above {2}, the largest peak factor the fleet is sized for (from {3} to {2})", ja: "{1} はフリートが想定する最大のピーク係数 {2} を超えています（{3} から {2} まで）")
        case .rsnHoursAboveMonth: PhraseText(en: "{1} hours is more than a month has (730)", ja: "{1} 時間は 1 か月の時間（730）を超えています")
        case .rsnSpeedAboveBound: PhraseText(en: "{1} tokens/s per user is above the bound of {2}", ja: "ユーザーあたり {1} トークン/秒は上限 {2} を超えています")
        case .rsnTtftAboveBound: PhraseText(en: "{1} seconds to the first token is above the bound of {2} (an hour)", ja: "最初のトークンまで {1} 秒は上限 {2}（1 時間）を超えています")
        case .rsnEmptyServiceLevel: PhraseText(en: "a service level needs 'min_tokens_per_s_per_user', 'max_ttft_s' or both", ja: "サービスレベルには 'min_tokens_per_s_per_user'、'max_ttft_s' の一方または両方が必要です")
        case .rsnPueBelowOne: PhraseText(en: "a PUE of {1} is below 1, which no data centre has", ja: "PUE {1} は 1 未満で、そのようなデータセンターはありません")
        case .rsnPueAboveBound: PhraseText(en: "a PUE of {1} is above {2}, which no data centre has (from {3} to {2})", ja: "PUE {1} は {2} を超えており、そのようなデータセンターはありません（{3} から {2} まで）")
        case .rsnZeroUtilization: PhraseText(en: "a utilisation of 0 serves nothing; use a share above 0, e.g. 0.8", ja: "稼働率 0 では何も処理できません。0 より大きい割合を指定してください。例：0.8")
        case .rsnRentKeysOnOwn: PhraseText(en: "'offer' and 'rate_per_gpu_hour' apply to mode 'rent', not 'own'", ja: "'offer' と 'rate_per_gpu_hour' はモード 'rent' 用で、'own' には使えません")
        case .rsnOwnKeysOnRent: PhraseText(en: "'per_gpu_installed', 'amortization_months', 'price_per_kwh', 'pue', 'hosting_per_gpu_month' and 'condition' apply to mode 'own', not 'rent'", ja: "'per_gpu_installed'、'amortization_months'、'price_per_kwh'、'pue'、'hosting_per_gpu_month'、'condition' はモード 'own' 用で、'rent' には使えません")
        case .rsnSegmentNeedsName: PhraseText(en: "a segment needs a name, e.g. \"confidential\"", ja: "セグメントには名前が必要です。例：\"confidential\"")
        case .rsnDuplicateSegment: PhraseText(en: "duplicate segment name '{1}' (first at line {2})", ja: "セグメント名 '{1}' が重複しています（最初は {2} 行目）")
        case .rsnSegmentNoTokens: PhraseText(en: "segment '{1}' has no tokens: its input_tokens + output_tokens is 0", ja: "セグメント '{1}' にトークンがありません：input_tokens + output_tokens が 0 です")
        case .rsnUnnamedSegmentNoTokens: PhraseText(en: "segment has no tokens: its input_tokens + output_tokens is 0", ja: "セグメントにトークンがありません：input_tokens + output_tokens が 0 です")
        case .rsnSegmentSharesSum: PhraseText(en: "segment shares add up to {1}, not 100%; every request belongs to one segment", ja: "セグメントの割合の合計が 100% ではなく {1} です。リクエストはどれもいずれか 1 つのセグメントに属します")
        case .rsnMustSelfHostWithoutOption: PhraseText(en: "a segment must be self-hosted, but the scenario has no 'self_hosting' option to carry it", ja: "自社運用が必須のセグメントがありますが、シナリオにそれを担う 'self_hosting' の選択肢がありません")
        case .rsnExpectedSeatPlanID: PhraseText(en: "expected a seat plan id string, found {1}", ja: "シートプラン ID の文字列が必要ですが、{1}です")
        case .rsnSeatPlansNeedUsers: PhraseText(en: "'seat_plans' needs 'users': how many staff would hold a seat, e.g. \"users\": 120", ja: "'seat_plans' には 'users'（シートを持つ人数）が必要です。例：\"users\": 120")
        case .rsnUnknownSeatPlan: PhraseText(en: "unknown seat plan '{1}'{2} (see 'llmcost prices list --seats')", ja: "不明なシートプラン '{1}' です{2}（'llmcost prices list --seats' を参照）")
        case .rsnNoSuchOffer: PhraseText(en: "no '{1}' offer for {2}{3}", ja: "{2} に提供元 '{1}' のレンタル料金はありません{3}")
        case .rsnNoRentalNoPurchase: PhraseText(en: "{1} has no on-demand rental offer and no purchase price; pass a rate, e.g. --rate 2.99", ja: "{1} にはオンデマンドのレンタル料金も購入価格もありません。レートを指定してください。例：--rate 2.99")
        case .rsnNoRentalForFlag: PhraseText(en: "{1} has no on-demand rental offer; pass a rate, e.g. --rate 2.99, or --mode own", ja: "{1} にはオンデマンドのレンタル料金がありません。レート（例：--rate 2.99）か --mode own を指定してください")
        case .rsnNoRentalForFile: PhraseText(en: "{1} has no on-demand rental offer; give 'rate_per_gpu_hour'", ja: "{1} にはオンデマンドのレンタル料金がありません。'rate_per_gpu_hour' を指定してください")
        case .rsnNoPurchasePrice: PhraseText(en: "{1} has no purchase price; give 'per_gpu_installed'", ja: "{1} には購入価格がありません。'per_gpu_installed' を指定してください")
        case .rsnNoConditionOffer: PhraseText(en: "{1} has no '{2}' purchase offer in gpus.json; give 'per_gpu_installed' or drop 'condition'", ja: "gpus.json に {1} の '{2}' の購入価格がありません。'per_gpu_installed' を指定するか 'condition' を外してください")
        case .rsnUnknownGPU: PhraseText(en: "deployment '{1}' names unknown gpu '{2}'", ja: "構成 '{1}' が不明な GPU '{2}' を指しています")
        case .cliDidYouMean: PhraseText(en: "; did you mean '{1}'?", ja: "（もしかして '{1}'）")
        case .cliForExample: PhraseText(en: ", e.g. {1}", ja: "。例：{1}")
        case .cliUnknownOption: PhraseText(en: "unknown option '{1}'{2}", ja: "不明なオプション '{1}' です{2}")
        case .cliOptionNeedsValue: PhraseText(en: "option --{1} needs a value, e.g. {2}", ja: "--{1} には値が必要です。例：{2}")
        case .cliOptionTakesNoValue: PhraseText(en: "option --{1} takes no value, e.g. {2}", ja: "--{1} は値を取りません。例：{2}")
        case .cliOptionGivenTwice: PhraseText(en: "option --{1} is given twice; give it once, e.g. {2}", ja: "--{1} が2回指定されています。1回だけ指定してください。例：{2}")
        case .cliOptionDoesNotApply: PhraseText(en: "option --{1} does not apply to 'llmcost {2}'", ja: "--{1} は 'llmcost {2}' には指定できません")
        case .cliCommandNeedsOption: PhraseText(en: "'llmcost {1}' needs --{2}, e.g. {3}", ja: "'llmcost {1}' には --{2} が必要です。例：{3}")
        case .cliCommandNeedsArgument: PhraseText(en: "'llmcost {1}' needs {2}, e.g. {3}", ja: "'llmcost {1}' には {2} が必要です。例：{3}")
        case .cliTakesNoArguments: PhraseText(en: "no arguments", ja: "引数なし")
        case .cliTakesOneArgument: PhraseText(en: "one argument, {1}", ja: "引数 1 つ（{1}）")
        case .cliTakesAtMostOneArgument: PhraseText(en: "at most one argument, {1}", ja: "最大 1 つの引数（{1}）")
        case .cliTakesArguments: PhraseText(en: "{1} arguments, {2}", ja: "引数 {1} つ（{2}）")
        case .cliTakesAtMostArguments: PhraseText(en: "at most {1} arguments, {2}", ja: "最大 {1} つの引数（{2}）")
        case .cliUnknownCommand: PhraseText(en: "unknown command '{1}'{2}", ja: "不明なコマンド '{1}' です{2}")
        case .cliInvalidValue: PhraseText(en: "invalid value '{1}' for --{2}; expected {3}{4}", ja: "--{2} の値 '{1}' が不正です。{3}を指定してください{4}")
        case .cliValueOutOfReach: PhraseText(en: "invalid value '{1}' for --{2}: it {3}, e.g. {4}", ja: "--{2} の値 '{1}' が不正です。{3}。例：{4}")
        case .cliTooSmallToCompute: PhraseText(en: "is too small to compute with (zero, or at least 1e-9 in size)", ja: "小さすぎて計算できません（0 か、絶対値 1e-9 以上にしてください）")
        case .cliTooLargeToCompute: PhraseText(en: "is too large to compute with (at most 1e18 in size)", ja: "大きすぎて計算できません（絶対値 1e18 まで）")
        case .cliExpectDate: PhraseText(en: "a date", ja: "日付")
        case .cliExpectNumber: PhraseText(en: "a number", ja: "数値")
        case .cliExpectPositiveNumber: PhraseText(en: "a positive number", ja: "正の数")
        case .cliExpectOneOf: PhraseText(en: "one of {1}", ja: "{1} のいずれか")
        case .cliExpectEither: PhraseText(en: "{1} or {2}", ja: "{1} か {2}")
        case .cliExpectWholeNumberAtLeast: PhraseText(en: "a whole number ≥ {1}", ja: "{1} 以上の整数")
        case .cliExpectWholeNumberFromTo: PhraseText(en: "a whole number from {1} to {2}", ja: "{1} から {2} までの整数")
        case .cliCannotRead: PhraseText(en: "cannot read {1}: {2}", ja: "{1} を読めません：{2}")
        case .cliCannotWrite: PhraseText(en: "cannot write {1}: {2}", ja: "{1} に書けません：{2}")
        case .cliPathHasNUL: PhraseText(en: "a path cannot hold a NUL byte", ja: "パスに NUL バイトは使えません")
        case .cliNoSuchFile: PhraseText(en: "no such file", ja: "ファイルがありません")
        case .cliIsADirectory: PhraseText(en: "it is a directory", ja: "ディレクトリです")
        case .cliUnreadable: PhraseText(en: "permission denied or unreadable", ja: "権限がないか、読み取れません")
        case .cliNoSuchDirectory: PhraseText(en: "directory {1} does not exist", ja: "ディレクトリ {1} がありません")
        case .cliNotADirectory: PhraseText(en: "{1} is not a directory", ja: "{1} はディレクトリではありません")
        case .cliDataDirectoryFile: PhraseText(en: "--data {1}'s {2}", ja: "--data {1} の {2}")
        case .cliTheInput: PhraseText(en: "the input {1}", ja: "入力 {1}")
        case .cliTableNeedsCSV: PhraseText(en: "--table applies to --format csv, e.g. --format csv --table {1}", ja: "--table は --format csv でのみ指定できます。例：--format csv --table {1}")
        case .cliUnknownTable: PhraseText(en: "unknown table '{1}' for --table (this report has: {2})", ja: "--table の表 '{1}' はありません（このレポートの表：{2}）")
        case .cliNoWorkbook: PhraseText(en: "-o {1}: this command writes no xlsx workbook (compare, breakeven, roi, sensitivity and plan do); give --format, or another file name, e.g. -o report.md", ja: "-o {1}：このコマンドは xlsx ブックを書けません（書けるのは compare、breakeven、roi、sensitivity、plan）。--format か別のファイル名を指定してください。例：-o report.md")
        case .cliNoEmbeddedFile: PhraseText(en: "the embedded data has no {1}; rebuild llmcost or pass {2}", ja: "組み込みデータに {1} がありません。llmcost をビルドし直すか {2} を指定してください")
        case .cliErrorsInData: PhraseText(en: "{1} {2} in the data; see 'llmcost prices validate'", ja: "データにエラーが {1} 件あります。'llmcost prices validate' で確認してください")
        case .cliNoModelsFromProvider: PhraseText(en: "no models from provider '{1}' for --provider{2}", ja: "--provider のプロバイダー '{1}' のモデルはありません{2}")
        case .cliNoModelsOfFamily: PhraseText(en: "no models of family '{1}' for --family{2}", ja: "--family のファミリー '{1}' のモデルはありません{2}")
        case .cliNeeds: PhraseText(en: "{1} needs {2}, e.g. {3}", ja: "{1} には{2}が必要です。例：{3}")
        case .cliOneModelID: PhraseText(en: "one model id", ja: "モデル ID 1 つ")
        case .cliSeparatedExample: PhraseText(en: "; e.g. {1}", ja: "。例：{1}")
        case .cliUnknownModel: PhraseText(en: "unknown model '{1}'{2} (see '{3}')", ja: "不明なモデル '{1}' です{2}（'{3}' を参照）")
        case .cliUnknownDeployment: PhraseText(en: "unknown deployment '{1}'{2} (see '{3}')", ja: "不明な構成 '{1}' です{2}（'{3}' を参照）")
        case .cliForFlag: PhraseText(en: " for --{1}", ja: "（--{1}）")
        case .cliModeLeavesNoOption: PhraseText(en: "--mode {1} leaves {2} no self-hosting option for the segments that must be self-hosted; e.g. --mode {3}", ja: "--mode {1} では {2} の自社運用が必須のセグメントに自社運用の選択肢が残りません。例：--mode {3}")
        case .cliSpeedOneShape: PhraseText(en: "{1}: {2}: speed prices one request shape and cannot price segments with shapes of their own yet", ja: "{1}: {2}: speed は 1 つのリクエスト形状だけを評価するため、独自の形状を持つセグメントはまだ評価できません")
        case .cliNoMeasuredCurves: PhraseText(en: "{1}: self_hosting: no option has measured curves, so there is no price of speed; e.g. --deployments deepseek-r1-fp4-4xb200-sglang", ja: "{1}: self_hosting: 実測曲線を持つ選択肢がないため、速度の値段を出せません。例：--deployments deepseek-r1-fp4-4xb200-sglang")
        case .cliAllSegmentsSelfHosted: PhraseText(en: "{1}: every segment must be self-hosted, so no part of the traffic can go to the API; see 'llmcost compare'", ja: "{1}: すべてのセグメントが自社運用必須のため、API に回せるトラフィックがありません。'llmcost compare' を参照してください")
        case .cliNothingToCompare: PhraseText(en: "nothing to compare", ja: "比較する対象がありません")
        case .cliNotInWorkbook: PhraseText(en: "--{1} is not in the xlsx workbook (it holds the pair at the scenario's volume); drop --{1}, or choose another format, e.g. --format csv", ja: "--{1} は xlsx ブックにはありません（ブックはシナリオの量での組み合わせだけを収めます）。--{1} を外すか、別の形式を選んでください。例：--format csv")
        case .cliFlagsTooLarge: PhraseText(en: "{1}: {2}, e.g. {3}", ja: "{1}: {2}。例：{3}")
        case .cliExpectIDList: PhraseText(en: "ids separated by commas", ja: "カンマ区切りの ID")
        case .cliErrorsIn: PhraseText(en: "{1} {2} in {3}", ja: "{3} にエラーが {1} 件あります")
        case .cliErrorSingular: PhraseText(en: "error", ja: "エラー")
        case .cliErrorPlural: PhraseText(en: "errors", ja: "エラー")
        case .cliExpectShareFrom0: PhraseText(en: "a share from 0 to 100%", ja: "0〜100% の割合")
        case .cliExpectShareAbove0: PhraseText(en: "a share above 0 and at most 100%", ja: "0 を超え 100% 以下の割合")
        case .cliExpectNumberAbove: PhraseText(en: "a number greater than {1}", ja: "{1} より大きい数")
        case .cliExpectNumberAtLeast: PhraseText(en: "a number at least {1}", ja: "{1} 以上の数")
        case .cliExpectNumberAboveAtMost: PhraseText(en: "a number above {1} and at most {2}", ja: "{1} を超え {2} 以下の数")
        case .cliExpectNumberFromTo: PhraseText(en: "a number from {1} to {2}", ja: "{1} から {2} までの数")
        case .cliExpectRequests: PhraseText(en: "a count per month or day, at most a quadrillion a month", ja: "月または日あたりの件数（月 1000 兆件まで）")
        case .cliRequestNeedsTokens: PhraseText(en: "a request needs input or output tokens; e.g. {1}", ja: "リクエストには入力か出力のトークンが必要です。例：{1}")
        case .cliCachedWithWrites: PhraseText(en: "invalid value '{1}' for --cached; with the scenario's cache_write_share {2} it may be at most {3}%, e.g. {4}", ja: "--cached の値 '{1}' が不正です。シナリオの cache_write_share が {2} なので、最大 {3}% です。例：{4}")
        case .cliExpectGrowth: PhraseText(en: "−99%…1000% a month", ja: "月 −99%〜1000%")
        case .cliHoursInAMonth: PhraseText(en: "invalid value '{1}' for --hours; a month has 730 hours, e.g. {2}", ja: "--hours の値 '{1}' が不正です。1 か月は 730 時間です。例：{2}")
        case .cliHorizonAtMost: PhraseText(en: "invalid value '{1}' for --horizon; at most 600 months, e.g. {2}", ja: "--horizon の値 '{1}' が不正です。最大 600 か月です。例：{2}")
        case .cliRateOrOffer: PhraseText(en: "give --rate or --offer, not both, e.g. {1}", ja: "--rate と --offer はどちらか一方だけを指定してください。例：{1}")
        case .cliExpectFX: PhraseText(en: "CODE=UNITS_PER_USD", ja: "CODE=（1 USD あたりの単位数）")
        case .cliUnknownCurrency: PhraseText(en: "unknown currency '{1}' for --currency{2} (known: {3}; or pass {4})", ja: "--currency の通貨 '{1}' は不明です{2}（既知：{3}。または {4} を指定）")
        case .cliExpectTierName: PhraseText(en: "a tier name", ja: "サービス階層の名前")
        case .cliUnknownTierValue: PhraseText(en: "invalid value '{1}' for --tier: {2}{3}", ja: "--tier の値 '{1}' が不正です：{2}{3}")
        case .cliOffersKnown: PhraseText(en: " (offers: {1})", ja: "（提供元：{1}）")
        case .cliNoSuchOffer: PhraseText(en: "invalid value '{1}' for --offer; no such offer for {2}{3}{4}, e.g. {5}", ja: "--offer の値 '{1}' が不正です。{2} にこの提供元のレンタル料金はありません{3}{4}。例：{5}")
        case .cliExpectSavingBreakevenNPV: PhraseText(en: "saving, breakeven or npv", ja: "saving、breakeven、npv のいずれか")
        case .cliExpectShareBelow100: PhraseText(en: "a share above 0 and below 100%", ja: "0 を超え 100% 未満の割合")
        case .cliSamplesAtMost: PhraseText(en: "invalid value '{1}' for --samples; at most 10,000,000, e.g. {2}", ja: "--samples の値 '{1}' が不正です。最大 10,000,000 です。例：{2}")
        case .cliExpectSeed: PhraseText(en: "a whole number 0…2^64−1", ja: "0〜2^64−1 の整数")
        case .cliSimulateOneShape: PhraseText(en: "{1}: {2}: simulate samples one request shape and cannot price segments with shapes of their own yet; compare, breakeven, roi and sensitivity can", ja: "{1}: {2}: simulate は 1 つのリクエスト形状だけを抽出するため、独自の形状を持つセグメントはまだ評価できません。compare、breakeven、roi、sensitivity なら評価できます")
        case .cliAnAPIModel: PhraseText(en: "an API model", ja: "API モデル")
        case .cliADeployment: PhraseText(en: "a deployment", ja: "構成")
        case .cliOneMode: PhraseText(en: "{1} compares one mode; pass {2}", ja: "{1} が比較するモードは 1 つです。{2} を指定してください")
        case .cliExpectRange: PhraseText(en: "FROM..TO with 0 < FROM < TO", ja: "0 < FROM < TO となる FROM..TO")
        case .cliDropMode: PhraseText(en: "; drop --mode", ja: "。--mode を外してください")
        case .cliNoOptionInMode: PhraseText(en: "invalid value '{1}' for --mode: the scenario has no self-hosting option in that mode{2}", ja: "--mode の値 '{1}' が不正です：シナリオにそのモードの自社運用の選択肢がありません{2}")
        case .cliAnAPIModelToStartOn: PhraseText(en: "an API model to start on", ja: "移行元の API モデル")
        case .cliPlanNeedsSelfHosting: PhraseText(en: "{1}: self_hosting: plan needs a self-hosting option to move to; add one to 'self_hosting'", ja: "{1}: self_hosting: plan には移行先の自社運用の選択肢が必要です。'self_hosting' に追加してください")
        case .cliNoAPIModelToStartOn: PhraseText(en: "{1}: no API model to start on", ja: "{1}: 移行元の API モデルがありません")
        case .cliNotForSeats: PhraseText(en: "option --{1} does not apply to 'llmcost prices list --seats': it filters API models; e.g. {2}", ja: "--{1} は 'llmcost prices list --seats' には指定できません：API モデルを絞り込むオプションです。例：{2}")
        case .cliNoSeatPlansFromProvider: PhraseText(en: "no seat plans from provider '{1}' for --provider{2}", ja: "--provider のプロバイダー '{1}' のシートプランはありません{2}")
        case .cliWorkbookToTerminal: PhraseText(en: "--format xlsx: a workbook is binary and stdout is a terminal; write it to a file, e.g. {1}", ja: "--format xlsx：ブックはバイナリで、標準出力が端末です。ファイルに書いてください。例：{1}")
        case .cliTheSourceFormat: PhraseText(en: "the source format", ja: "入力元の形式")
        case .cliOneFile: PhraseText(en: "one file", ja: "ファイル 1 つ")
        case .cliAnECBFile: PhraseText(en: "an ECB file", ja: "ECB のファイル")
        case .cliTwoFiles: PhraseText(en: "two files", ja: "ファイル 2 つ")
        case .cliExpectDateNotAfter: PhraseText(en: "a date not after today ({1})", ja: "今日（{1}）以前の日付")
        case .cliRefuseOverwrite: PhraseText(en: "refusing to overwrite {1}, which exists; pass --force to replace it", ja: "{1} は既にあるため上書きしません。置き換えるには --force を指定してください")
        case .cliExpectISOCodes: PhraseText(en: "ISO codes", ja: "ISO 通貨コード")
        case .cliDayDiffers: PhraseText(en: "{1}: {2} differs from the same day in {3}", ja: "{1}: {2} の値が {3} の同じ日の値と異なります")
        case .cliErrorsSeeValidate: PhraseText(en: "{1} {2}; see 'llmcost prices validate'", ja: "エラーが {1} 件あります。'llmcost prices validate' で確認してください")
        case .cliDeploymentRefused: PhraseText(en: "deployment '{1}': {2}", ja: "構成 '{1}'：{2}")
        case .cliLevelSpeed: PhraseText(en: "{1} tokens/s per user", ja: "ユーザーあたり {1} トークン/秒")
        case .cliLevelTTFT: PhraseText(en: "a first token within {1} s", ja: "最初のトークンまで {1} 秒以内")
        case .cliLevelWith: PhraseText(en: " with ", ja: "、")
        case .cliLevelReaches: PhraseText(en: "its fastest measured point within the TTFT limit gives {1} tokens/s per user", ja: "TTFT の制限内で最も速い実測点でもユーザーあたり {1} トークン/秒です")
        case .cliLevelNoFirstToken: PhraseText(en: "none of its measured points has a first token that fast", ja: "最初のトークンがそれほど速い実測点がありません")
        case .cliRaiseTTFT: PhraseText(en: "raise --ttft", ja: "--ttft を上げる")
        case .cliLowerSpeed: PhraseText(en: "lower --speed", ja: "--speed を下げる")
        case .cliCannotServe: PhraseText(en: "{1}: '{2}' cannot serve {3}: {4}; {5} or choose another deployment", ja: "{1}: '{2}' は「{3}」を満たせません：{4}。{5}か、別の構成を選んでください")
        case .engRetired: PhraseText(en: "'{1}' {2}", ja: "'{1}' は {2}")
        case .engRetiredOn: PhraseText(en: "retired on {1}", ja: "{1} に提供終了")
        case .engSuccessor: PhraseText(en: "; successor {1}", ja: "、後継 {1}")
        case .engNoSuccessor: PhraseText(en: "; no successor named", ja: "。後継の指定はありません")
        case .engNoExchangeRate: PhraseText(en: "no exchange rate for {1} or {2}; add it to currencies.json or pass --fx", ja: "{1} と {2} の為替レートがありません。currencies.json に追加するか --fx を指定してください")
        case .engNoExchangeRateFrom: PhraseText(en: "no exchange rate from {1} to {2}; pass --fx {1}=RATE", ja: "{1} から {2} への為替レートがありません。--fx {1}=RATE を指定してください")
        case .engUnknownModel: PhraseText(en: "unknown model '{1}'{2}", ja: "不明なモデル '{1}' です{2}")
        case .engNoPriceInForce: PhraseText(en: "'{1}' has no price in force on {2} (first price: {3})", ja: "'{1}' には {2} 時点で有効な価格がありません（最初の価格：{3}）")
        case .engUnknownTier: PhraseText(en: "unknown service tier '{1}' ({2})", ja: "不明なサービス階層 '{1}' です（{2}）")
        case .engNoModelHasTiers: PhraseText(en: "no model has service tiers", ja: "サービス階層を持つモデルはありません")
        case .engTiers: PhraseText(en: "tiers: {1}", ja: "階層：{1}")
        case .engUnknownDeployment: PhraseText(en: "unknown deployment '{1}'{2}", ja: "不明な構成 '{1}' です{2}")
        case .engScenarioNeedsOptions: PhraseText(en: "a scenario needs at least one of 'api_models' and 'self_hosting'", ja: "シナリオには 'api_models' と 'self_hosting' の少なくとも一方が必要です")
        case .engUnknownKey: PhraseText(en: "unknown key '{1}'{2}", ja: "不明なキー '{1}' です{2}")
        case .engMissingField: PhraseText(en: "missing required field '{1}'", ja: "必須の項目 '{1}' がありません")
        case .engExpectedKind: PhraseText(en: "expected {1}, found {2}", ja: "{1}が必要ですが、{2}です")
        case .engKindObject: PhraseText(en: "an object", ja: "オブジェクト")
        case .engKindString: PhraseText(en: "a string", ja: "文字列")
        case .engKindBoolean: PhraseText(en: "true or false", ja: "true か false")
        case .engKindNumber: PhraseText(en: "a number", ja: "数値")
        case .engKindWholeNumber: PhraseText(en: "a whole number", ja: "整数")
        case .engKindDate: PhraseText(en: "a date string (YYYY-MM-DD)", ja: "日付の文字列（YYYY-MM-DD）")
        case .engKindArray: PhraseText(en: "an array", ja: "配列")
        case .engFoundNull: PhraseText(en: "null", ja: "null 値")
        case .engFoundBoolean: PhraseText(en: "boolean", ja: "真偽値")
        case .engFoundNumber: PhraseText(en: "number", ja: "数値")
        case .engFoundString: PhraseText(en: "string", ja: "文字列")
        case .engFoundArray: PhraseText(en: "array", ja: "配列")
        case .engFoundObject: PhraseText(en: "object", ja: "オブジェクト")
        case .engNegative: PhraseText(en: "{1} is negative", ja: "{1} は負の数です")
        case .engNotPositive: PhraseText(en: "{1} must be greater than 0", ja: "{1} は 0 より大きくなければなりません")
        case .engOutsideShare: PhraseText(en: "{1} is outside 0–1 (a share: 0.5 means 50%)", ja: "{1} は 0〜1 の範囲外です（割合：0.5 が 50%）")
        case .engNotANumber: PhraseText(en: "'{1}' is not a number (write e.g. 1500, 2.5, 3M, 250k or 30%)", ja: "'{1}' は数値ではありません（例：1500、2.5、3M、250k、30%）")
        case .engNotOneOf: PhraseText(en: "'{1}' is not one of {2}{3}", ja: "'{1}' は {2} のいずれでもありません{3}")
        case .engFieldNegative: PhraseText(en: "{1} must not be negative (got {2})", ja: "{1} は負にできません（値：{2}）")
        case .engFieldNotPositive: PhraseText(en: "{1} must be greater than zero (got {2})", ja: "{1} は 0 より大きくなければなりません（値：{2}）")
        case .engFieldOutOfRange: PhraseText(en: "{1} must be between {2} and {3} (got {4})", ja: "{1} は {2} から {3} の間でなければなりません（値：{4}）")
        case .engEmptyRequest: PhraseText(en: "a request needs at least one token (input_tokens + output_tokens is 0)", ja: "リクエストには少なくとも 1 トークンが必要です（input_tokens + output_tokens が 0）")
        case .engNoMeasurements: PhraseText(en: "the throughput fit needs at least one measured point (add one or mark the profile estimated)", ja: "スループットの当てはめには実測点が 1 つ以上必要です（追加するか、プロファイルを推定扱いにしてください）")
        case .engVolumeTooLarge: PhraseText(en: "{1} of {2} a month would need more than 2147483647 replicas; lower the volume, the tokens per request or the peak factor", ja: "月 {2} の {1} には 2147483647 を超えるレプリカが必要です。量、1リクエストあたりのトークン数、ピーク係数のいずれかを下げてください")
        case .engMixedShapes: PhraseText(en: "{1} cannot price segments with request shapes of their own yet; remove the segments' input_tokens, output_tokens, cached_input_share and batch_share", ja: "{1} は独自のリクエスト形状を持つセグメントをまだ評価できません。セグメントの input_tokens、output_tokens、cached_input_share、batch_share を削除してください")
        case .engWarning: PhraseText(en: "warning: ", ja: "警告：")
        case .pLeftOutRented: PhraseText(en: "{1} is not shown rented: {2} has no on-demand rental offer (give a rate to rent it, e.g. --rate 2.99).", ja: "{1} のレンタルは表示していません：{2} にはオンデマンドのレンタル料金がありません（料金を指定すれば計算します。例：--rate 2.99）。")
        case .pLeftOutOwned: PhraseText(en: "{1} is not shown owned: {2} has no purchase price.", ja: "{1} の自社保有は表示していません：{2} には購入価格がありません。")
        case .pNotAnOptionAtThisServiceLevel: PhraseText(en: "{1} is not an option at this service level: {2}.", ja: "{1} はこのサービスレベルでは選択肢になりません：{2}。")
        case .pNoPriceOfSpeed: PhraseText(en: "{1}: {2} (max-load points only), so it has no price of speed.", ja: "{1}：{2}（フル稼働時の実測のみ）のため、速度の値段は出せません。")
        case .prefillP: PhraseText(en: "prefill P", ja: "プリフィル P")
        case .decodeD: PhraseText(en: "decode D", ja: "デコード D")
        case .contextK: PhraseText(en: "context K", ja: "文脈 K")
        case .pRetiredNotShown: PhraseText(en: "{1} not shown; --all lists them.", ja: "提供終了の {1} モデルは非表示（--all で表示）。")
        case .pPeakShareBlend: PhraseText(en: "; peak share {1}%: {2} of the {3} active minutes a week ({4}) fall in the peak windows (UTC {5}), so each price is f·peak + (1 − f)·off-peak with f = {2}/{3}: input {6} peak, {7} off-peak → {8}; output {9} peak, {10} off-peak → {11}", ja: "。ピーク比率 {1}%：週の稼働 {3} 分のうち {2} 分がピーク時間帯（UTC {5}）にあたるため（稼働時間 {4}）、各価格 = f·ピーク + (1 − f)·オフピーク、f = {2}/{3}：入力 ピーク {6}、オフピーク {7} → {8}；出力 ピーク {9}、オフピーク {10} → {11}")
        case .pAllWeek: PhraseText(en: "all week", ja: "終日")
        case .pFreeWhileItLasts: PhraseText(en: "; free: every price is 0 {1}, so its cost is 0 only while that lasts", ja: "。無料：全価格が 0（{1}）。0 円なのはその期間だけです")
        case .pNoEndDateAnnounced: PhraseText(en: "with no end date announced", ja: "終了日の発表なし")
        case .pEstimatedFromRoofline: PhraseText(en: "Estimated from the GPUs' compute roofline at {1}% of dense peak: no measurements.", ja: "実測なし：GPU の演算性能の {1}% を仮定した推定値。")
        case .pReplicaBusyTimeFitted: PhraseText(en: "A replica's busy time per request is s = I/P + O/D + O·(I + O/2)/K, fitted by relative least squares to the measured points (throughput = O/s); a dash is a term the fit dropped. Constants are rounded to 6 significant digits.", ja: "1リクエストあたりのレプリカ占有時間 s = I/P + O/D + O·(I + O/2)/K を実測点に相対最小二乗で当てはめています（スループット = O/s）。「—」は除外された項です。定数は有効数字6桁に丸めています。")
        case .pEstimated: PhraseText(en: "estimated", ja: "推定")
        case .pDeployment: PhraseText(en: "Deployment", ja: "構成")
        case .pPrecision: PhraseText(en: "Precision", ja: "精度")
        case .pEngine: PhraseText(en: "Engine", ja: "エンジン")
        case .pWorstError: PhraseText(en: "Worst error", ja: "最大誤差")
        case .pInput: PhraseText(en: "Input", ja: "入力")
        case .pTokens: PhraseText(en: "tokens", ja: "トークン")
        case .pOutput: PhraseText(en: "Output", ja: "出力")
        case .pMeasured: PhraseText(en: "Measured", ja: "実測")
        case .pOutputTokensS: PhraseText(en: "output tokens/s", ja: "出力トークン/秒")
        case .pFitted: PhraseText(en: "Fitted", ja: "モデル")
        case .pError: PhraseText(en: "Error", ja: "誤差")
        case .pSelfHostingProfiles: PhraseText(en: "Self-hosting profiles", ja: "自社運用の構成")
        case .pFitAtEachMeasuredPoint: PhraseText(en: "Fit at each measured point", ja: "各実測点での当てはまり")
        case .pModel: PhraseText(en: "Model", ja: "モデル")
        case .pProvider: PhraseText(en: "Provider", ja: "提供元")
        case .pFamily: PhraseText(en: "Family", ja: "ファミリー")
        case .pOpenWeights: PhraseText(en: "Open weights", ja: "オープンウェイト")
        case .pN1mTok: PhraseText(en: "/1M tok", ja: "/100万トークン")
        case .pCachedInput: PhraseText(en: "Cached input", ja: "キャッシュ入力")
        case .pBatchDiscount: PhraseText(en: "Batch discount", ja: "バッチ割引")
        case .pLongContextTiers: PhraseText(en: "Long-context tiers", ja: "長文脈料金")
        case .pInputTokens: PhraseText(en: "input tokens", ja: "入力トークン")
        case .pEffective: PhraseText(en: "Effective", ja: "適用開始")
        case .pChecked: PhraseText(en: "Checked", ja: "確認日")
        case .pPricesInForceOnPer1m: PhraseText(en: "Prices in force on {1}, per 1M tokens; a long-context tier bills the whole request at its rates.", ja: "{1} 時点の100万トークンあたり価格。長文脈料金は、入力がしきい値を超えたリクエスト全体に適用されます。")
        case .pNoPriceInForceOnFor: PhraseText(en: "No price in force on {1} for: ", ja: "{1} 時点で価格のないモデル：")
        case .pApiPrices: PhraseText(en: "API prices", ja: "API 価格")
        case .pModelsAsOf: PhraseText(en: "{1} models, as of {2}", ja: "{1} モデル（{2} 時点）")
        case .pField: PhraseText(en: "Field", ja: "項目")
        case .pValue: PhraseText(en: "Value", ja: "値")
        case .pId: PhraseText(en: "Id", ja: "ID")
        case .pName: PhraseText(en: "Name", ja: "名前")
        case .pContextWindowTokens: PhraseText(en: "Context window (tokens)", ja: "コンテキスト長（トークン）")
        case .pCurrency: PhraseText(en: "Currency", ja: "通貨")
        case .pNote: PhraseText(en: "Note", ja: "注記")
        case .pN1mTok2: PhraseText(en: "{1}/1M tok", ja: "{1}/100万トークン")
        case .pInputAbove: PhraseText(en: "Input above", ja: "入力しきい値")
        case .pInForce: PhraseText(en: "In force", ja: "適用中")
        case .pYes: PhraseText(en: "yes ({1})", ja: "はい（{1}）")
        case .pNoPriceSetIsInForce: PhraseText(en: "No price set is in force on {1}.", ja: "{1} 時点で有効な価格はありません。")
        case .pPriceHistory: PhraseText(en: "Price history", ja: "価格履歴")
        case .pAnnual: PhraseText(en: "annual", ja: "年払い")
        case .pMonthly: PhraseText(en: "monthly", ja: "月払い")
        case .pListPricesPerUserAMonth: PhraseText(en: "List prices per user a month (annual plans: the monthly equivalent); no plan includes API access, and all have fair-use caps.", ja: "1ユーザー・1か月あたりの定価（年払いプランは月額換算）。どのプランにも API 利用は含まれず、利用上限があります。")
        case .pSeatPlans: PhraseText(en: "Seat plans", ja: "シートプラン")
        case .pPlans: PhraseText(en: "{1} plans", ja: "{1} プラン")
        case .pPlan: PhraseText(en: "Plan", ja: "プラン")
        case .pPerUser: PhraseText(en: "Per user", ja: "1ユーザーあたり")
        case .pMonth: PhraseText(en: "/month", ja: "／月")
        case .pBilling: PhraseText(en: "Billing", ja: "支払い")
        case .pMinimumSeats: PhraseText(en: "Minimum seats", ja: "最低シート数")
        case .pCostMonthByMonth: PhraseText(en: "Cost month by month: ", ja: "月ごとのコスト：")
        case .pTheScenarioRequiresOfTheRequests: PhraseText(en: "The scenario requires {1}% of the requests to stay self-hosted (its segments); plan does not split the traffic and plans the whole workload one way, so its API-only and before-the-switch months break that rule. compare prices the hybrid.", ja: "このシナリオはリクエストの {1}% を自社運用に限定しています（segments）。plan はトラフィックを分けずに全量で計画するため、APIのみの計画と切替前の月はこの条件を満たしません。ハイブリッドの費用は compare で確認してください。")
        case .pBenefits: PhraseText(en: "Benefits: ", ja: "便益：")
        case .pAMonthTheSameInEvery: PhraseText(en: " a month, the same in every plan", ja: "／月（どの計画でも同じ）")
        case .pPunctU28U7b: PhraseText(en: " ({1})", ja: "（{1}）")
        case .pEverySwitchMonth: PhraseText(en: "every switch month, ", ja: "すべての切替月、")
        case .pMigrateInMonth: PhraseText(en: "migrate in month {1}, ", ja: "{1}か月目に移行、")
        case .pApiFirstThenMigrate: PhraseText(en: "API first, then migrate: ", ja: "API で始めて自社運用へ移行：")
        case .pApiOnly: PhraseText(en: "API only", ja: "APIのみ")
        case .pMigrateInMonth2: PhraseText(en: "Migrate in month {1}", ja: "{1}か月目に移行")
        case .pPlan2: PhraseText(en: "Plan", ja: "計画")
        case .pSelfHostingFromMonth: PhraseText(en: "Self-hosting from month", ja: "自社運用の開始月")
        case .pOneTimeAtTheSwitch: PhraseText(en: "One-time at the switch", ja: "切替時の初期費用")
        case .pTotalCost: PhraseText(en: "Total cost", ja: "総コスト")
        case .pCostsMoreThanTheBestBy: PhraseText(en: "Costs more than the best by", ja: "最良案との差（コスト）")
        case .pNpvBelowTheBestBy: PhraseText(en: "NPV below the best by", ja: "最良案との差（NPV）")
        case .pInTotalCostOverMonths: PhraseText(en: "in total cost over {1} months", ja: "{1}か月の総コストで")
        case .pInNpv: PhraseText(en: "in NPV", ja: "NPV で")
        case .pMonth2: PhraseText(en: "Month", ja: "月")
        case .pRequests: PhraseText(en: "Requests", ja: "リクエスト数")
        case .pPunctU3a3: PhraseText(en: "Σ ", ja: "累計 ")
        case .pMigrateInMonth3: PhraseText(en: "migrate in month {1}", ja: "{1}か月目に移行")
        case .pCumulativeCost: PhraseText(en: "Cumulative cost: ", ja: "累積コスト：")
        case .pCumulativeCost2: PhraseText(en: "Cumulative cost", ja: "累積コスト")
        case .pPaidOnceWhenSelfHostingStarts: PhraseText(en: "Paid once when self-hosting starts (day one: month 0; migrating: the start of month M): setup {1} + migration {2} + fine-tuning {3} = {4}, plus owned GPUs for the first fleet. Both plans that self-host pay them; API only pays none.", ja: "自社運用を始める時に一度だけ支払う費用（初月からなら0か月目、移行なら M か月目の初め）：初期構築 {1} + 移行 {2} + ファインチューニング {3} = {4}、自社保有なら最初の GPU 購入費も加算。APIのみの計画では不要。")
        case .pTheScenarioHasNoMigrationSection: PhraseText(en: " The scenario has no 'migration' section, so only the setup counts.", ja: "シナリオに 'migration' の記載がないため、初期構築費のみを計上しています。")
        case .pTheLowestTotalCostOverMonths: PhraseText(en: "the lowest total cost over {1} months, undiscounted (--objective cost)", ja: "{1}か月の総コスト（割引なし）が最小（--objective cost）")
        case .pTheHighestNpvDiscountingMonthT: PhraseText(en: "the highest NPV, discounting month t by (1 + {1}%)^(t/12) (--objective npv)", ja: "NPV が最大（t か月目を (1 + {1}%)^(t/12) で割引、--objective npv）")
        case .pBestPlanEverySwitchMonthFrom: PhraseText(en: "Best plan: {1}. Every switch month from 1 (self-host from day one) to {2} (API only) was tried; the migrate plan is the best month from 2 to {3}, a later month winning a tie. Before the switch the API serves every request; from it, self-hosting does. NPV uses an annual rate of {4}% and discounts the one-time costs paid at the start of month M by (1 + {4}%)^((M − 1)/12); owned GPUs count as cash when bought.", ja: "最良の計画：{1}。切替月を 1（初月から自社運用）から {2}（APIのみ）まですべて試し、移行計画は 2〜{3}か月目のうち最良の月です（同点なら遅い月）。切替前はすべて API、切替後はすべて自社運用で処理します。NPV は年率 {4}% で割り引き、M か月目の初めに払う初期費用は (1 + {4}%)^((M − 1)/12) で割り引きます。自社保有 GPU は購入時に現金支出として計上します。")
        case .pBest: PhraseText(en: " (best)", ja: "（最良）")
        case .pVs: PhraseText(en: " (vs {1})", ja: "（{1} 比）")
        case .pAfter: PhraseText(en: " (after {1})", ja: "（{1} の次）")
        case .pModelAddedRemovedPriceSetAdded: PhraseText(en: "{1} model{2} added, {3} removed, {4} price set{5} added or removed, {6} price{7} changed", ja: "モデル追加 {1}、削除 {3}、価格セット追加・削除 {4}、価格変更 {6}")
        case .pNoPriceChanges: PhraseText(en: "No price changes.", ja: "価格の変更はありません。")
        case .pChange: PhraseText(en: "Change", ja: "変更")
        case .pOld: PhraseText(en: "Old", ja: "旧")
        case .pNew: PhraseText(en: "New", ja: "新")
        case .pChange2: PhraseText(en: "Change", ja: "変化率")
        case .pPricesPer1mTokensInPrice: PhraseText(en: "Prices per 1M tokens in {1}; price sets matched by their effective date, tiers by their threshold. checked dates and notes are not compared.", ja: "価格は100万トークンあたり（{1}）。価格セットは適用開始日、長文脈料金はしきい値で対応付け。確認日と注記は比較しません。")
        case .pPriceSetOnlyReDatedWith: PhraseText(en: "{1} price set{2} only re-dated with the same prices: {3}", ja: "価格は同じで適用開始日のみ変わった価格セット {1} 件：{3}")
        case .pPriceChanges: PhraseText(en: "Price changes: {1} → {2}", ja: "価格の変更：{1} → {2}")
        case .pScenarioMonthlyApiCostWithOld: PhraseText(en: "Scenario \"{1}\": monthly API cost with OLD and NEW prices (as of {2})", ja: "シナリオ「{1}」：旧・新価格での月額APIコスト（{2} 時点）")
        case .pChange3: PhraseText(en: "Change", ja: "差額")
        case .pNoApiOptionOfTheScenario: PhraseText(en: "No API option of the scenario or changed model has a price in force.", ja: "価格のあるAPIはありません。")
        case .pOwn: PhraseText(en: "own", ja: "自社保有")
        case .pHybrid: PhraseText(en: "hybrid", ja: "ハイブリッド")
        case .pSeats: PhraseText(en: "seats", ja: "シート")
        case .pRank: PhraseText(en: "Rank", ja: "順位")
        case .pKind: PhraseText(en: "Kind", ja: "種別")
        case .pReplicasGpus: PhraseText(en: "Replicas × GPUs", ja: "レプリカ数 × GPU数")
        case .pGpus: PhraseText(en: "= GPUs", ja: "= GPU数")
        case .pVsCheapest: PhraseText(en: "vs cheapest", ja: "最安比")
        case .pBreakEvenFromWhatVolumeSelf: PhraseText(en: "Break-even: from what volume self-hosting is cheaper", ja: "損益分岐点：自社運用が安くなる月間リクエスト数")
        case .pLlmCostComparison: PhraseText(en: "LLM cost comparison: ", ja: "LLMコスト比較：")
        case .pMonthlyCostAgainstVolume: PhraseText(en: "Monthly cost against volume", ja: "月間リクエスト数と月額コスト")
        case .pToday: PhraseText(en: "today ", ja: "現在 ")
        case .pVsNeverApiVsSelfHosting: PhraseText(en: "{1} vs {2}: never; {3} (API {4} vs self-hosting {5} per 1M tokens at full utilisation)", ja: "損益分岐なし：フル稼働時でも100万トークンあたり API {4}、自社運用 {5}")
        case .pFirstBreakEven: PhraseText(en: "First break-even", ja: "最初の損益分岐点")
        case .pCurrentVolume: PhraseText(en: "× current volume", ja: "現在の何倍")
        case .pAlwaysCheaperFrom: PhraseText(en: "Always cheaper from", ja: "常に安くなる量")
        case .pOneReplicaPerMonthC: PhraseText(en: "One replica per month (C)", ja: "1レプリカの月額 (C)")
        case .pFixedPerMonthFOperations: PhraseText(en: "Fixed per month (F: operations)", ja: "固定費／月 (F: 運用)")
        case .pOneReplicaSCapacityRRequests: PhraseText(en: "One replica's capacity (R₁, requests/month)", ja: "1レプリカの処理能力 (R₁、リクエスト／月)")
        case .pApiCostOfThatCapacityV: PhraseText(en: "API cost of that capacity (V = a·R₁)", ja: "同じ量のAPIコスト (V = a·R₁)")
        case .pCurrentVolumeRequestsMonth: PhraseText(en: "Current volume (requests/month)", ja: "現在の量 (リクエスト／月)")
        case .pFirstBreakEvenRequestsMonth: PhraseText(en: "First break-even (requests/month)", ja: "最初の損益分岐点 (リクエスト／月)")
        case .pAsTokensMonth: PhraseText(en: "  as tokens/month", ja: "  トークン／月")
        case .pReplicasThere: PhraseText(en: "  replicas there", ja: "  その時のレプリカ数")
        case .pCurrentVolume2: PhraseText(en: "  × current volume", ja: "  現在の何倍")
        case .pCheaperAtEveryLargerVolumeFrom: PhraseText(en: "Cheaper at every larger volume from", ja: "これ以上は常に自社運用が安い量")
        case .pJustPastSomeReplicaBoundariesAbove: PhraseText(en: "Just past some replica boundaries above the first break-even the API is cheaper again; from {1} requests/month on, self-hosting stays cheaper.", ja: "最初の損益分岐点を超えても、レプリカを追加する直後は API の方が安くなる区間があります。月 {1} リクエスト以上では常に自社運用が安くなります。")
        case .pSelfHostingNeverBreaksEvenAt: PhraseText(en: "Self-hosting never breaks even: {1}. At full utilisation the API costs {2} and self-hosting {3} per 1M tokens.", ja: "自社運用は損益分岐しません（{1}）。フル稼働時の100万トークンあたりコスト：API {2}、自社運用 {3}。")
        case .pNpvOfSwitchingMonths: PhraseText(en: "NPV of switching ({1} months)", ja: "切替のNPV（{1}か月）")
        case .pQuantity: PhraseText(en: "Quantity", ja: "項目")
        case .pPaybackAndNpv: PhraseText(en: "Payback and NPV", ja: "回収とNPV")
        case .pBreakEven2: PhraseText(en: "Break-even: ", ja: "損益分岐点：")
        case .pAtAnyVolumeTheApiIs: PhraseText(en: "At any volume the API is cheaper than self-hosting this way.", ja: "どの量でも、この自社運用より API の方が安くなります。")
        case .pAtRequestsAMonthYouAre: PhraseText(en: "At {1} requests a month you are past both break-even volumes: self-hosting is cheaper now and at every larger volume.", ja: "現在の月 {1} リクエストは両方の損益分岐点を超えており、自社運用の方が安く、量が増えても安いままです。")
        case .pAtRequestsAMonthYouAre2: PhraseText(en: "At {1} requests a month you are past the first break-even ({2}) but below {3}, from which self-hosting stays cheaper at every volume.", ja: "現在の月 {1} リクエストは最初の損益分岐点（{2}）を超えていますが、常に自社運用が安くなる {3} には届いていません。")
        case .pAtRequestsAMonthTheApi: PhraseText(en: "At {1} requests a month the API is cheaper; self-hosting breaks even at {2}, {3}× today's volume.", ja: "現在の月 {1} リクエストでは API の方が安く、自社運用は {2}（現在の {3} 倍）で損益分岐します。")
        case .pBreakEven3: PhraseText(en: "break-even ", ja: "損益分岐 ")
        case .pBreakEvenVs: PhraseText(en: "break-even vs {1} ", ja: "{1}との損益分岐 ")
        case .pAlwaysCheaper: PhraseText(en: "always cheaper ", ja: "常に安い ")
        case .pOneTime: PhraseText(en: "One-time", ja: "初期費用")
        case .pSwitchingFrom: PhraseText(en: "Switching from ", ja: "切替：")
        case .pAMonth: PhraseText(en: " a month", ja: "／月")
        case .pNoBenefitsAreGivenInThe: PhraseText(en: "No benefits are given in the scenario, so NPV and ROI count costs only.", ja: "シナリオに便益の記載がないため、NPV と ROI はコストのみで計算しています。")
        case .pNpvDiscountsMonthTBy1: PhraseText(en: "NPV discounts month t by (1 + {1}%)^(t/12); one-time costs at month 0 are not discounted. ROI = (Σ benefits − Σ costs) / Σ costs, undiscounted, one-time costs included. Owned GPUs count as cash when bought (no amortisation).", ja: "NPV は t か月目を (1 + {1}%)^(t/12) で割り引きます（0か月目の初期費用は割り引きません）。ROI =（便益合計 − コスト合計）÷ コスト合計（割引なし、初期費用を含む）。自社保有 GPU は購入時に現金支出として計上します（減価償却なし）。")
        case .pRoiOverMonths: PhraseText(en: "ROI over {1} months: ", ja: "{1}か月の投資対効果：")
        case .pTheOneTimeCostOfIs: PhraseText(en: "The one-time cost of {1} is paid back in month {2}.", ja: "初期費用 {1} は {2}か月目に回収されます。")
        case .pTheOneTimeCostOfIs2: PhraseText(en: "The one-time cost of {1} is not paid back within {2} months.", ja: "初期費用 {1} は {2}か月以内に回収されません。")
        case .pSaving: PhraseText(en: "Saving", ja: "削減額")
        case .pCumulativeCash: PhraseText(en: "Cumulative cash", ja: "累積収支")
        case .pPaybackMonth: PhraseText(en: "payback month {1}", ja: "回収 {1}か月目")
        case .pCumulativeCashOfSwitching: PhraseText(en: "Cumulative cash of switching: ", ja: "切替の累積収支：")
        case .pRequestsMonthInSegmentsWithTheir: PhraseText(en: "{1} requests/month in {2} segments with their own request shapes ({3}; see “Request shapes by segment”), on average {4} input + {5} output tokens per request, weighted by requests; growth {6}%/month; prices as of {7}; amounts in {8}.", ja: "月 {1} リクエスト、リクエストの形が異なる {2} セグメント（{3}。「セグメント別のリクエストの形」参照）、リクエスト数で加重した平均は入力 {4} + 出力 {5} トークン、月間成長率 {6}%。価格は {7} 時点、金額は {8}。")
        case .pRequestsMonthInputOutputTokensOf: PhraseText(en: "{1} requests/month × ({2} input + {3} output tokens); {4}% of input cached, {5}% batch, growth {6}%/month; prices as of {7}; amounts in {8}.", ja: "月 {1} リクエスト ×（入力 {2} + 出力 {3} トークン）、キャッシュ入力 {4}%、バッチ {5}%、月間成長率 {6}%。価格は {7} 時点、金額は {8}。")
        case .pSelfHostedOnly: PhraseText(en: "self-hosted only", ja: "自社運用のみ")
        case .pAny: PhraseText(en: "any", ja: "制約なし")
        case .pRequestShapesBySegment: PhraseText(en: "Request shapes by segment", ja: "セグメント別のリクエストの形")
        case .pSegment: PhraseText(en: "Segment", ja: "セグメント")
        case .pShare: PhraseText(en: "Share", ja: "割合")
        case .pInputTokens2: PhraseText(en: "Input tokens", ja: "入力トークン")
        case .pOutputTokens: PhraseText(en: "Output tokens", ja: "出力トークン")
        case .pBatch: PhraseText(en: "Batch", ja: "バッチ")
        case .pRouting: PhraseText(en: "Routing", ja: "振り分け")
        case .pEachSegmentIsPricedWithIts: PhraseText(en: "Each segment is priced with its own shape: on an API segment by segment (a long-context tier applies to the segments that exceed it), and on a fleet sized for Σ R·w_i·s_i replica-seconds, s_i being a request's seconds at segment i's shape. Cost per 1M tokens and per request are over all requests.", ja: "各セグメントはそれぞれの形で計算します。API はセグメントごとに料金を計算し（長文脈料金はそれを超えるセグメントにのみ適用）、自社運用はレプリカ秒 Σ R·w_i·s_i（s_i はセグメント i の形での1リクエストの処理秒数）に合わせてレプリカ数を決めます。100万トークンあたり・1リクエストあたりのコストは全リクエストに対する値です。")
        case .pInput2: PhraseText(en: "input", ja: "入力")
        case .pCached: PhraseText(en: "cached", ja: "キャッシュ")
        case .pOutputPer1mTokens: PhraseText(en: "output per 1M tokens", ja: "出力（100万トークンあたり）")
        case .pBatch2: PhraseText(en: ", batch −", ja: "、バッチ −")
        case .pSegmentExceedsInputTokensSoThe: PhraseText(en: "; segment '{1}' exceeds {2} input tokens, so the long-context tier prices its requests", ja: "。セグメント「{1}」は入力が {2} トークンを超えるため、そのリクエストに長文脈料金を適用")
        case .pThisRequestShapeExceedsInputTokens: PhraseText(en: "; this request shape exceeds {1} input tokens, so the long-context tier prices the whole request", ja: "。入力が {1} トークンを超えるため、リクエスト全体に長文脈料金を適用")
        case .pInForceFrom: PhraseText(en: "; in force from {1}", ja: "。{1} から適用")
        case .pChecked2: PhraseText(en: ", checked {1}", ja: "、{1} 確認")
        case .pFromTheGpusComputeRooflineNo: PhraseText(en: "{1} from the GPUs' compute roofline (no measurements)", ja: "{1}（実測なし、GPU の演算性能から推定）")
        case .pPunctU3b: PhraseText(en: "; ", ja: "、")
        case .pReplicaSecondsPerRequestOnAverage: PhraseText(en: "; {1} replica-seconds per request on average over the segments (Σ w_i·s_i)", ja: "、セグメント平均で1リクエストあたり {1} レプリカ秒（Σ w_i·s_i）")
        case .pReplicaSecondsPerRequest: PhraseText(en: "; {1} replica-seconds per request", ja: "、1リクエストあたり {1} レプリカ秒")
        case .pRentedAt: PhraseText(en: "{1} rented at ", ja: "{1} のレンタル単価 ")
        case .pGpuHour: PhraseText(en: "/GPU-hour", ja: "／GPU時間")
        case .pChecked3: PhraseText(en: "checked {1}", ja: "{1} 確認")
        case .pPunctU2c: PhraseText(en: ", ", ja: "、")
        case .pGiven: PhraseText(en: " (given)", ja: "（指定値）")
        case .pOwned: PhraseText(en: "{1} owned: ", ja: "{1} 自社保有：")
        case .pPerGpuInstalledWrittenOffOver: PhraseText(en: " per GPU installed, written off over {1} months; power {2} kW per GPU × PUE {3} × 730 h × {4}/kWh; hosting {5} per GPU-month", ja: "（GPU 1基あたり設置込み）、{1}か月で償却。電力 GPU あたり {2} kW × PUE {3} × 730 時間 × {4}/kWh、設置・保守 GPU あたり月 {5}")
        case .pPeakAverageTargetUtilisationServingHours: PhraseText(en: "peak/average {1}, target utilisation {2}%, {3} serving hours a month, at least {4} replica", ja: "ピーク／平均 {1}、目標稼働率 {2}%、月 {3} 時間稼働、最小 {4} レプリカ")
        case .pOneTimeSetup: PhraseText(en: "one-time setup ", ja: "初期構築費 ")
        case .pPunctU3a: PhraseText(en: ": ", ja: "：")
        case .pRented: PhraseText(en: "rented", ja: "レンタル")
        case .pOwned2: PhraseText(en: "owned", ja: "自社保有")
        case .pUsed: PhraseText(en: "used", ja: "中古")
        case .pOnDemand: PhraseText(en: "on-demand", ja: "オンデマンド")
        case .pN1YearCommitment: PhraseText(en: "1-year commitment", ja: "1年契約")
        case .pN3YearCommitment: PhraseText(en: "3-year commitment", ja: "3年契約")
        case .pExchangeRateGivenWithFxOverrides: PhraseText(en: "Exchange rate: {1}, given with --fx (overrides Data/currencies.json).", ja: "為替レート：{1}（--fx で指定。Data/currencies.json より優先）。")
        case .pAnUndatedDay: PhraseText(en: "an undated day", ja: "日付不明")
        case .pExchangeRateTheRateOfFrom: PhraseText(en: "Exchange rate: {1}, the rate of {2} from Data/currencies.json{3}", ja: "為替レート：{1}（{2} のレート、Data/currencies.json）{3}")
        case .pBreakEven4: PhraseText(en: "Break-even ", ja: "損益分岐 ")
        case .pSeatBreakEven: PhraseText(en: "Seat break-even ", ja: "シートの損益分岐 ")
        case .pHowItWasComputed: PhraseText(en: "How it was computed: ", ja: "計算の過程：")
        case .pFormula: PhraseText(en: "Formula", ja: "式")
        case .pWithTheValues: PhraseText(en: "With the values", ja: "代入")
        case .pResult: PhraseText(en: "Result", ja: "結果")
        case .pThisOptionWouldSendTheOf: PhraseText(en: "This option would send the {1} of requests that must be self-hosted to a vendor; it is shown for reference and is not marked cheapest.", ja: "この選択肢は自社運用が必須のリクエスト（{1}）を外部に送ることになるため、参考として表示し、最安の印は付けません。")
        case .pRoiConstraint: PhraseText(en: "This option would send the {1} of requests that must be self-hosted to a vendor; it is shown for reference and is not marked best NPV.", ja: "この選択肢は自社運用が必須のリクエスト（{1}）を外部に送ることになるため、参考として表示し、NPV 最良の印は付けません。")
        case .pUsersPayForTheMinimumOf: PhraseText(en: "; {1} users pay for the minimum of {2} seats", ja: "。ユーザー {1} 人でも最低 {2} シート分を支払います")
        case .pASeatPlanAppliesOnlyWhere: PhraseText(en: "A seat plan applies only where staff use a chat product interactively: it gives no API access and has fair-use caps, so it cannot carry an automated API workload. Seat cost = max(users, minimum seats) × price per seat-month, whatever the volume; requests per user = requests per month / users.", ja: "シートプランは社員がチャット製品を対話的に使う場合にのみ当てはまります。API は使えず、利用上限があるため、自動化された API ワークロードは処理できません。シート費用 = max(ユーザー数, 最低シート数) × 1シートの月額で、量によらず一定です。1ユーザーあたりのリクエスト数 = 月間リクエスト数 ÷ ユーザー数。")
        case .pSelfHostedShare: PhraseText(en: "Self-hosted share", ja: "自社運用の割合")
        case .pSelfHosted: PhraseText(en: "Self-hosted", ja: "自社運用")
        case .pToTheApi: PhraseText(en: "To the API", ja: "API へ")
        case .pFleet: PhraseText(en: "Fleet", ja: "自社運用コスト")
        case .pEqual: PhraseText(en: "equal", ja: "同額")
        case .pSeatPlan: PhraseText(en: "Seat plan", ja: "シートプラン")
        case .pSeatsBilled: PhraseText(en: "Seats billed", ja: "課金シート数")
        case .pSeats2: PhraseText(en: "Seats", ja: "シート費用")
        case .pApiToday: PhraseText(en: "API today", ja: "現在の API コスト")
        case .pRequestsPerUserToday: PhraseText(en: "Requests per user today", ja: "現在の1ユーザーあたりリクエスト数")
        case .pRequestsUserMonth: PhraseText(en: "requests/user/month", ja: "リクエスト／人・月")
        case .pBreakEvenPerUser: PhraseText(en: "Break-even per user", ja: "損益分岐（1ユーザーあたり）")
        case .pCheaperToday: PhraseText(en: "Cheaper today", ja: "現在安い方")
        case .pHybridRoutingWhatEachSideCarries: PhraseText(en: "Hybrid routing: what each side carries", ja: "ハイブリッド構成：それぞれが処理する量")
        case .pSeatSubscriptionsForUsersBreakEven: PhraseText(en: "Seat subscriptions for {1} users: break-even requests per user", ja: "{1} 人分のシート契約：1ユーザーあたりの損益分岐リクエスト数")
        case .pBelowTheBreakEvenTheApi: PhraseText(en: "Below the break-even the API costs less than the seats; above it the seats cost less.", ja: "損益分岐より少なければ API、多ければシートの方が安くなります。")
        case .pFlexiblePartOnlyOfTheRequests: PhraseText(en: "Flexible part only: {1} of the {2} requests a month must be self-hosted whichever way the rest goes, so their fleet, operations staff and setup are a fixed cost of both sides and are left out. This compares the other {3} requests a month on the API with the same requests on replicas of their own (F = 0, no setup); spare capacity on the constrained fleet is not counted, which favours the API slightly: its {4} replica{5} for {6} requests {7} room for {8} more a month at no extra cost, so up to that flexible volume the whole workload on the fleet (compare's self-hosting row) beats any split.", ja: "柔軟な部分のみ：月 {2} リクエストのうち {1} は、残りをどう処理しても自社運用が必須のため、そのレプリカ・運用要員・初期費用は両側に共通の固定費として除いています。ここでは残りの月 {3} リクエストを API に送る場合と、専用のレプリカで処理する場合（F = 0、初期費用なし）を比較します。自社運用必須分のレプリカの空き容量は数えないため、わずかに API に有利な比較です。必須分の {4} レプリカ（月 {6} リクエスト）には追加費用なしで月 {8} リクエストの空きがあり、柔軟な部分がそれ以下なら、全量を自社運用する方（compare の自社運用の行）がどの分割よりも安くなります。")
        case .pFlexiblePart: PhraseText(en: "Flexible part", ja: "柔軟な部分")
        case .pCurrentVolume3: PhraseText(en: "current volume", ja: "現在の量")
        case .pBreakEvenBothCostTheSame: PhraseText(en: "break-even: both cost the same", ja: "損益分岐：同額")
        case .pReplicaStepAboveThisReplicas: PhraseText(en: "replica step: above this, {1} replicas", ja: "レプリカ境界：これを超えると {1} レプリカ")
        case .pCheaperSideChanges: PhraseText(en: "cheaper side changes", ja: "安い側が入れ替わる")
        case .pSelfHosting: PhraseText(en: "self-hosting", ja: "自社運用")
        case .pCheaper: PhraseText(en: "Cheaper", ja: "安い方")
        case .pMarkedRowsAreCrossoversAnExact: PhraseText(en: "Marked rows are crossovers: an exact break-even, or the first row where the cheaper side changes. Cheaper means self-hosting ≤ API.", ja: "印の行は損益の入れ替わり（ちょうど同額の点、または安い側が変わる最初の行）です。自社運用 ≤ API を「安い」とします。")
        case .pFurtherReplicaStepsInTheRange: PhraseText(en: "{1} further replica steps in the range are not listed; each adds one replica's cost.", ja: "範囲内のほか {1} 個のレプリカ境界は省略（それぞれ1レプリカ分のコストが加わります）。")
        case .pVolumeSweepRequestsMonth: PhraseText(en: "Volume sweep {1}–{2} requests/month", ja: "量のスイープ {1}–{2} リクエスト／月")
        case .pMonthlyCostAgainstVolumeLogScales: PhraseText(en: "Monthly cost against volume (log scales)", ja: "月間リクエスト数と月額コスト（対数）")
        case .pMonthlySavingApiSelfHosting: PhraseText(en: "Monthly saving (API − self-hosting)", ja: "月間削減額（API − 自社運用）")
        case .pBaseCase: PhraseText(en: "base case", ja: "基準")
        case .pInput3: PhraseText(en: "Input −{1}%", ja: "変数 −{1}%")
        case .pInputAtBase: PhraseText(en: "Input at base", ja: "変数（基準）")
        case .pInput4: PhraseText(en: "Input +{1}%", ja: "変数 +{1}%")
        case .pInputDown: PhraseText(en: " (input down)", ja: "（変数減）")
        case .pInputUp: PhraseText(en: " (input up)", ja: "（変数増）")
        case .pSwing: PhraseText(en: "Swing", ja: "振れ幅")
        case .pEachInputIsMovedByOne: PhraseText(en: "Each input is moved by ±{1}% one at a time, all others at their scenario values: volume, API prices (the whole price set), GPU rate or installed price, power price, operations cost (F), seconds per request (s) and tokens per request (I and O together; s recomputed) are multiplied by 1 ± δ; utilisation is capped at 100% and the peak factor kept within 1–1000; growth and discount rates are multiplied as rates (3% → 2.4% and 3.6%), growth kept within −100%…1000% a month. The base case is what breakeven and roi print.", ja: "各変数を1つずつ ±{1}% 動かし、他はシナリオの値のままです。量、API価格（価格表全体）、GPU単価または購入価格、電力単価、運用費（F）、1リクエストの処理秒数（s）、1リクエストのトークン数（入力と出力、s を再計算）は 1 ± δ 倍、稼働率は100%が上限、ピーク係数は1〜1000の範囲、成長率と割引率は率として 1 ± δ 倍（3% → 2.4%、3.6%、成長率は月−100%〜1000%の範囲）。基準は breakeven と roi の値です。")
        case .pSensitivityOf: PhraseText(en: "Sensitivity of ", ja: "感度：")
        case .pInput5: PhraseText(en: "input −{1}%", ja: "変数 −{1}%")
        case .pInput6: PhraseText(en: "input +{1}%", ja: "変数 +{1}%")
        case .pSensitivityInput: PhraseText(en: "Input", ja: "変数")
        case .pSensitivity: PhraseText(en: "Sensitivity: ", ja: "感度分析：")
        case .pVolume: PhraseText(en: "volume", ja: "量")
        case .pTokensPerRequest: PhraseText(en: "tokens per request", ja: "1リクエストのトークン数")
        case .pApiPrice: PhraseText(en: "API price", ja: "API価格")
        case .pGpuPriceOrRate: PhraseText(en: "GPU price or rate", ja: "GPU価格・単価")
        case .pThroughput: PhraseText(en: "throughput", ja: "スループット")
        case .pUtilisation: PhraseText(en: "utilisation", ja: "稼働率")
        case .pPeakFactor: PhraseText(en: "peak factor", ja: "ピーク係数")
        case .pPowerPrice: PhraseText(en: "power price", ja: "電力単価")
        case .pOperationsCost: PhraseText(en: "operations cost", ja: "運用費")
        case .pGrowth: PhraseText(en: "growth", ja: "成長率")
        case .pDiscountRate: PhraseText(en: "discount rate", ja: "割引率")
        case .pMonteCarloInDoublePrecisionDraws: PhraseText(en: "Monte Carlo in double precision: {1} draws, seed {2}, xoshiro256** seeded by SplitMix64, triangular draws by inverse CDF, percentiles by nearest rank. The exact decimal engine gives the deterministic figures; these are ranges.", ja: "倍精度のモンテカルロ法：{1} 回、シード {2}、SplitMix64 で初期化した xoshiro256**、三角分布は逆関数法、パーセンタイルは最近順位法。確定値は10進厳密計算のエンジンによります。")
        case .pMonthlySaving: PhraseText(en: "Monthly saving, ", ja: "月間削減額、")
        case .pFirstBreakEven2: PhraseText(en: "First break-even, ", ja: "最初の損益分岐点、")
        case .pNpvOfSwitching2: PhraseText(en: "NPV of switching, ", ja: "切替のNPV、")
        case .pFigure: PhraseText(en: "Figure", ja: "項目")
        case .pKindOrUnit: PhraseText(en: "Kind or unit", ja: "種別・単位")
        case .pPSelfHostingCheaper: PhraseText(en: "P(self-hosting cheaper), ", ja: "自社運用が安い確率、")
        case .pPNeverBreaksEven: PhraseText(en: "P(never breaks even)", ja: "損益分岐しない確率")
        case .pDraws: PhraseText(en: "Draws", ja: "試行回数")
        case .pSeed: PhraseText(en: "Seed", ja: "シード")
        case .pTheScenarioGivesNoRangesSo: PhraseText(en: "The scenario gives no ranges, so every draw is the deterministic case.", ja: "シナリオに範囲指定がないため、すべての試行が確定値と同じです。")
        case .pRangesTriangularLowModeHigh: PhraseText(en: "Ranges (triangular low / mode / high): ", ja: "範囲（三角分布 下限／最頻値／上限）：")
        case .pRangesOnBenefitsMoveNoneOf: PhraseText(en: "Ranges on benefits move none of these figures: benefits are the same for both options.", ja: "便益の範囲はこれらの値に影響しません（両方の選択肢で同じ）。")
        case .pMonthlySavingAcrossDraws: PhraseText(en: "Monthly saving across draws: ", ja: "月間削減額の分布：")
        case .pDrawsPerBin: PhraseText(en: "draws per bin", ja: "区間ごとの試行数")
        case .pMonteCarloRanges: PhraseText(en: "Monte Carlo ranges: ", ja: "モンテカルロ法による範囲：")
        case .pProbability: PhraseText(en: "Probability", ja: "確率")
        case .pMonteCarloInDoublePrecision: PhraseText(en: "Monte Carlo in double precision.", ja: "倍精度のモンテカルロ法。")
        }
    }
}

extension Phrases {
    /// The name of an explanation step's quantity in `language`: `api cost per request`,
    /// `APIの1リクエストあたりコスト`, with its segment before it (`general: replicas`).
    public static func quantity(_ step: ExplainStep, _ language: Language) -> String {
        var name = quantity(step.quantity)(language)
        if let argument = step.argument { name = name.replacingOccurrences(of: "{1}", with: argument) }
        guard let segment = step.segment else { return name }
        return segment + (language == .ja ? "：" : ": ") + name
    }

    // swift-format-ignore
    /// The quantities' names, the languages in columns.
    public static func quantity(_ quantity: ExplainQuantity) -> PhraseText {
        switch quantity {
        case .pricesPerMTok: PhraseText(en: "prices per 1M tokens (base prices)", ja: "100万トークンあたりの価格（基本料金）")
        case .tierPricesPerMTok: PhraseText(en: "prices per 1M tokens (tier above {1} input tokens)", ja: "100万トークンあたりの価格（入力 {1} トークン超の料金）")
        case .segmentRequests: PhraseText(en: "requests", ja: "リクエスト数")
        case .alwaysCheaperReplicas: PhraseText(en: "always-cheaper replicas", ja: "常に安くなるレプリカ数")
        case .alwaysCheaperVolume: PhraseText(en: "always-cheaper volume", ja: "常に安くなる量")
        case .apiCostOfReplicaCapacity: PhraseText(en: "API cost of one replica's capacity", ja: "1レプリカの処理能力分のAPIコスト")
        case .apiCostPerMTokBlended: PhraseText(en: "API cost per 1M tokens (blended)", ja: "100万トークンあたりのAPIコスト（加重平均）")
        case .apiCostPerMonth: PhraseText(en: "API cost per month", ja: "APIの月額コスト")
        case .apiCostPerRequest: PhraseText(en: "API cost per request", ja: "APIの1リクエストあたりコスト")
        case .apiRequests: PhraseText(en: "API requests", ja: "APIへのリクエスト数")
        case .batchFactor: PhraseText(en: "batch factor", ja: "バッチ係数")
        case .breakEvenRequestsPerUser: PhraseText(en: "break-even requests per user", ja: "損益分岐となる1ユーザーあたりのリクエスト数")
        case .breakEven: PhraseText(en: "break-even", ja: "損益分岐点")
        case .dipBound: PhraseText(en: "dip bound", ja: "逆転区間の上限")
        case .firstBreakEvenReplicas: PhraseText(en: "first break-even replicas", ja: "最初の損益分岐点のレプリカ数")
        case .firstBreakEvenVolume: PhraseText(en: "first break-even volume", ja: "最初の損益分岐点の量")
        case .fixedPerMonth: PhraseText(en: "fixed per month", ja: "固定費／月")
        case .hybridPerMonth: PhraseText(en: "hybrid per month", ja: "ハイブリッドの月額")
        case .monthlyDiscountRoot: PhraseText(en: "monthly discount root", ja: "月次割引率")
        case .npvOfSwitching: PhraseText(en: "NPV of switching", ja: "切替のNPV")
        case .replicaPerMonth: PhraseText(en: "one replica per month", ja: "1レプリカの月額")
        case .replicaCapacity: PhraseText(en: "one replica's capacity", ja: "1レプリカの処理能力")
        case .oneTimeCostsAtStart: PhraseText(en: "one-time costs at t = 0", ja: "t = 0 の初期費用")
        case .oneTimeCostsAtMonth: PhraseText(en: "one-time costs at the start of month {1}", ja: "{1}か月目の初めの初期費用")
        case .oneTimeCostsPresentValue: PhraseText(en: "one-time costs, present value", ja: "初期費用の現在価値")
        case .ownedGPUsPerMonth: PhraseText(en: "owned GPUs per month", ja: "自社保有GPUの月額")
        case .paybackMonth: PhraseText(en: "payback month", ja: "回収月")
        case .rentPerMonth: PhraseText(en: "rent per month", ja: "レンタル料／月")
        case .replicas: PhraseText(en: "replicas", ja: "レプリカ数")
        case .requestsPerUser: PhraseText(en: "requests per user", ja: "1ユーザーあたりのリクエスト数")
        case .roiOfSelfHosting: PhraseText(en: "ROI of self-hosting", ja: "自社運用のROI")
        case .seatsBilled: PhraseText(en: "seats billed", ja: "課金されるシート数")
        case .seatsPerMonth: PhraseText(en: "seats per month", ja: "シートの月額")
        case .secondsPerRequestMean: PhraseText(en: "seconds per request (mean)", ja: "1リクエストあたりの秒数（平均）")
        case .secondsPerRequest: PhraseText(en: "seconds per request", ja: "1リクエストあたりの秒数")
        case .selfHostedRequests: PhraseText(en: "self-hosted requests", ja: "自社運用のリクエスト数")
        case .selfHostingPerMonth: PhraseText(en: "self-hosting per month", ja: "自社運用の月額")
        case .throughputPerGPUAtSpeed: PhraseText(en: "throughput per GPU at {1} tokens/s per user", ja: "ユーザーあたり {1} トークン/秒での GPU あたりスループット")
        case .throughputPerGPUMeasured: PhraseText(en: "throughput per GPU (measured, concurrency {1})", ja: "GPU あたりスループット（実測、同時実行数 {1}）")
        case .replicaSecondsAtServiceLevel: PhraseText(en: "replica-seconds per request at the service level", ja: "サービスレベルでの1リクエストあたりのレプリカ秒")
        case .serviceTier: PhraseText(en: "service tier '{1}'", ja: "サービス階層 '{1}'")
        case .peakShare: PhraseText(en: "peak share", ja: "ピーク比率")
        case .blendedPerMTok: PhraseText(en: "{1} per 1M tokens, blended", ja: "{1}（100万トークンあたり、加重平均）")
        case .volumeInMonth: PhraseText(en: "volume in month t", ja: "t か月目の量")
        case .selfHostedShare: PhraseText(en: "self-hosted share", ja: "自社運用の割合")
        case .flexibleRequests: PhraseText(en: "flexible requests", ja: "柔軟なリクエスト数")
        case .spareRoomInFlexibleRequests: PhraseText(en: "spare room on the constrained fleet, in flexible requests", ja: "制約付きフリートの空き（柔軟なリクエスト数換算）")
        case .spareRoom: PhraseText(en: "spare room on the constrained fleet", ja: "制約付きフリートの空き")
        case .fixedAndSetup: PhraseText(en: "fixed per month and setup", ja: "固定費／月と初期費用")
        case .switchInMonth: PhraseText(en: "switch in month {1}", ja: "{1}か月目に切替")
        case .switchOnDayOne: PhraseText(en: "switch in month {1} (day one)", ja: "{1}か月目に切替（初月から）")
        case .switchNever: PhraseText(en: "switch in month {1} (API only)", ja: "{1}か月目に切替（APIのみ）")
        }
    }
}

extension Phrases {
    /// A trail text in `language`: its symbols as written, its words from ``formulaWord(_:)``.
    public static func formula(_ text: FormulaText, _ language: Language) -> String {
        text.parts.map {
            switch $0 {
            case .symbols(let run): run
            case .word(let word): formulaWord(word)(language)
            }
        }.joined()
    }

    // swift-format-ignore
    /// The words of the formula trail, symbols kept as docs/method.md writes them, the languages in columns.
    public static func formulaWord(_ word: FormulaWord) -> PhraseText {
        switch word {
        case .neverBeyondAnyFleet: PhraseText(en: "never when F / (V − C) exceeds 2147483647 replicas", ja: "F / (V − C) が 2147483647 レプリカを超えるときはなし")
        case .neverFreeOrNotCheaper: PhraseText(en: "never when a = 0 or V ≤ C", ja: "a = 0 または V ≤ C のときはなし")
        case .replicaCostWithoutFixed: PhraseText(en: "C (without F)", ja: "C（F を除く）")
        case .oneTimeAtStart: PhraseText(en: "setup + first fleet × G × installed price", ja: "初期構築 + 最初のフリート × G × GPU あたり導入価格")
        case .oneTimeAtMonth: PhraseText(en: "setup + first fleet (sized for R_M) × G × installed price", ja: "初期構築 + 最初のフリート（R_M に合わせる）× G × GPU あたり導入価格")
        case .oneTimePresentValue: PhraseText(en: "one-time / (1 + r)^((M − 1)/12)", ja: "初期費用 / (1 + r)^((M − 1)/12)")
        case .monthlyRootNewton: PhraseText(en: "(1 + r)^(1/12), Newton's method", ja: "(1 + r)^(1/12)、ニュートン法")
        case .paybackRule: PhraseText(en: "first t with Σ_{1..t} (API − self) ≥ one-time costs", ja: "Σ_{1..t} (API − 自社) ≥ 初期費用 となる最初の t")
        case .cumulative: PhraseText(en: "cumulative:", ja: "累計：")
        case .againstOneTime: PhraseText(en: "vs", ja: "対 初期費用")
        case .npvRule: PhraseText(en: "Σ (API_t − self_t) / (1 + r)^(t/12) − one-time costs", ja: "Σ (API_t − 自社_t) / (1 + r)^(t/12) − 初期費用")
        case .roiRule: PhraseText(en: "(Σ benefits − Σ costs) / Σ costs", ja: "(Σ 便益 − Σ コスト) / Σ コスト")
        case .undefinedNothingSpent: PhraseText(en: "undefined (nothing spent)", ja: "算出不能（支出なし）")
        case .noFleet: PhraseText(en: "0 when R_c = 0 (no fleet)", ja: "R_c = 0 のとき 0（フリートなし）")
        case .tierPrices: PhraseText(en: "p_in, p_cached, p_write, p_out of the tier", ja: "その階層の p_in, p_cached, p_write, p_out")
        case .replacesStandardPrices: PhraseText(en: "replace the standard prices", ja: "標準料金の代わりに適用")
        case .peakShareRule: PhraseText(en: "f = active minutes at peak / active minutes (of a UTC week)", ja: "f = ピーク時間帯の稼働分数 / 稼働分数（UTC の1週間）")
        case .blendRule: PhraseText(en: "(n·peak + (N − n)·off-peak) / N", ja: "(n·ピーク + (N − n)·オフピーク) / N")
        case .seatsBilledRule: PhraseText(en: "max(users, minimum seats)", ja: "max(ユーザー数, 最低シート数)")
        case .seatsPerMonthRule: PhraseText(en: "seats × price per seat-month", ja: "シート数 × 1シートの月額")
        case .requestsPerUserRule: PhraseText(en: "R / users", ja: "R / ユーザー数")
        case .breakEvenPerUserRule: PhraseText(en: "r* = seats per month / (a · users)", ja: "r* = シートの月額 / (a · ユーザー数)")
        case .rentRule: PhraseText(en: "N·G·h·rate", ja: "N·G·h·GPU 時間単価")
        case .ownedGPUsRule: PhraseText(en: "N·G·(price / amortization months) + N·G·kW·PUE·730·kWh + N·G·hosting", ja: "N·G·(GPU あたり導入価格 / 償却期間) + N·G·kW·PUE·730·電力単価 + N·G·GPU 月あたりホスティング")
        case .fixedRule: PhraseText(en: "F = ops FTE · FTE cost + other fixed items", ja: "F = 運用人月 · 1 FTE の費用 + その他の固定費")
        case .frontPoint: PhraseText(en: "T = T(front point)", ja: "T = T(パレート前線の点)")
        case .mustSelfHostShare: PhraseText(en: "σ = Σ shares of must-self-host segments", ja: "σ = 自社運用が必須のセグメントの割合の合計")
        case .paidByConstrainedFleet: PhraseText(en: "F = 0, setup = 0 (paid by the constrained fleet)", ja: "F = 0、初期構築 = 0（制約付きフリートが負担）")
        case .switchTotalCostRule: PhraseText(en: "Σ API_t (t < M) + one-time + Σ self_t (t ≥ M)", ja: "Σ API_t (t < M) + 初期費用 + Σ 自社_t (t ≥ M)")
        case .switchNPVRule: PhraseText(en: "Σ (benefits_t − cost_t)/(1+r)^(t/12) − one-time/(1+r)^((M−1)/12)", ja: "Σ (便益_t − コスト_t)/(1+r)^(t/12) − 初期費用/(1+r)^((M−1)/12)")
        case .totalCost: PhraseText(en: "total cost", ja: "総コスト")
        }
    }

    // swift-format-ignore
    /// An explain result with its unit, `{1}` the number as shown (money with its currency sign).
    ///
    /// `one` picks the singular where English has one (`1 replica`).
    public static func unit(_ unit: ExplainUnit, one: Bool = false) -> PhraseText {
        switch unit {
        case .money, .share, .factor, .none: PhraseText(en: "{1}", ja: "{1}")
        case .moneyPerMonth: entry(.unitPerMonth)
        case .moneyPerRequest: PhraseText(en: "{1}/request", ja: "{1}／リクエスト")
        case .moneyPerMTok: PhraseText(en: "{1} per 1M tokens", ja: "100万トークンあたり {1}")
        case .requestsPerMonth: PhraseText(en: "{1} requests/month", ja: "{1} リクエスト／月")
        case .requestsPerUserMonth: PhraseText(en: "{1} requests/user/month", ja: "{1} リクエスト／人・月")
        case .secondsPerRequest: PhraseText(en: "{1} replica-seconds", ja: "{1} レプリカ秒")
        case .replicas: one ? PhraseText(en: "{1} replica", ja: "{1} レプリカ") : PhraseText(en: "{1} replicas", ja: "{1} レプリカ")
        case .seats: one ? PhraseText(en: "{1} seat", ja: "{1} シート") : PhraseText(en: "{1} seats", ja: "{1} シート")
        case .month: PhraseText(en: "month {1}", ja: "{1}か月目")
        case .tokensPerSecondPerGPU: PhraseText(en: "{1} output tokens/s per GPU", ja: "GPU あたり出力 {1} トークン/秒")
        }
    }
}
