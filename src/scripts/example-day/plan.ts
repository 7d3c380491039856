/**
 * Figures of the example day, Lạng Sơn on 23 May 2021. The provincial sums
 * are the published ones: 573,051 voters and 1,562 polling areas. At 17:00,
 * 566,057 had voted (98.78%) with the published per-unit turnouts, and the
 * final turnout was 99.98%. Unit splits, seats and candidates are invented
 * but of realistic size.
 */

/** Published provincial figures that the unit plans must add up to. */
export const PUBLISHED = {
  totalVoters: 573_051,
  pollingAreas: 1_562,
  votedAt17: 566_057,
  fullAreasAt17: 1_303,
  finalTurnoutPercent: 99.98,
} as const;

/** A constituency of an election that spans units, as a unit reports it. */
export interface ConstituencyShare {
  constituencies: number;
  seats: number;
  candidates: number;
}

/** Everything the generator needs to invent one unit's forms. */
export interface UnitPlan {
  code: string;
  /** Unit name in file names, without accents as offices type them. */
  fileName: string;
  totalVoters: number;
  pollingAreas: number;
  /** Voted at 17:00, giving the published turnout of the unit. */
  votedAt17: number;
  /** Voters who never voted, so final voted = totalVoters - notVoted. */
  notVoted: number;
  /**
   * Constituency figures per configured election, in configuration order.
   * For an election inside the unit (district or commune councils) they
   * are the unit's own, and commune councils count all its communes.
   */
  elections: ConstituencyShare[];
  reporter: string;
  phone: string;
}

// Lạng Sơn elected 6 National Assembly deputies in 2 constituencies of 3
// seats with 5 candidates each; every unit lies in one of them.
const NA_NORTH: ConstituencyShare = {
  constituencies: 1,
  seats: 3,
  candidates: 5,
};
const NA_SOUTH: ConstituencyShare = {
  constituencies: 1,
  seats: 3,
  candidates: 5,
};

/** Units in configuration order. */
export const UNIT_PLANS: readonly UnitPlan[] = [
  {
    code: "TPLS",
    fileName: "TP Lang Son",
    totalVoters: 73_512,
    pollingAreas: 112,
    votedAt17: 71_527,
    notVoted: 30,
    elections: [
      NA_NORTH,
      { constituencies: 2, seats: 7, candidates: 12 },
      { constituencies: 10, seats: 35, candidates: 58 },
      { constituencies: 40, seats: 184, candidates: 302 },
    ],
    reporter: "Hoàng Minh Tuấn",
    phone: "0205 3870 101",
  },
  {
    code: "TD",
    fileName: "Trang Dinh",
    totalVoters: 43_218,
    pollingAreas: 170,
    votedAt17: 42_397,
    notVoted: 12,
    elections: [
      NA_NORTH,
      { constituencies: 1, seats: 4, candidates: 7 },
      { constituencies: 11, seats: 35, candidates: 58 },
      { constituencies: 121, seats: 506, candidates: 836 },
    ],
    reporter: "Nông Thị Hạnh",
    phone: "0205 3880 102",
  },
  {
    code: "VL",
    fileName: "Van Lang",
    totalVoters: 38_107,
    pollingAreas: 131,
    votedAt17: 37_913,
    notVoted: 8,
    elections: [
      NA_NORTH,
      { constituencies: 1, seats: 4, candidates: 7 },
      { constituencies: 9, seats: 30, candidates: 50 },
      { constituencies: 93, seats: 391, candidates: 650 },
    ],
    reporter: "Lộc Văn Sơn",
    phone: "0205 3881 103",
  },
  {
    code: "VQ",
    fileName: "Van Quan",
    totalVoters: 39_846,
    pollingAreas: 140,
    votedAt17: 39_842,
    notVoted: 4,
    elections: [
      NA_SOUTH,
      { constituencies: 1, seats: 4, candidates: 7 },
      { constituencies: 9, seats: 30, candidates: 50 },
      { constituencies: 93, seats: 391, candidates: 648 },
    ],
    reporter: "Vy Thị Nga",
    phone: "0205 3830 104",
  },
  {
    code: "BG",
    fileName: "Binh Gia",
    totalVoters: 40_215,
    pollingAreas: 150,
    votedAt17: 40_175,
    notVoted: 9,
    elections: [
      NA_NORTH,
      { constituencies: 1, seats: 4, candidates: 7 },
      { constituencies: 9, seats: 30, candidates: 50 },
      { constituencies: 104, seats: 437, candidates: 722 },
    ],
    reporter: "Hoàng Văn Lâm",
    phone: "0205 3834 105",
  },
  {
    code: "BS",
    fileName: "Bac Son",
    totalVoters: 45_093,
    pollingAreas: 128,
    votedAt17: 45_093,
    notVoted: 0,
    elections: [
      NA_SOUTH,
      { constituencies: 1, seats: 4, candidates: 7 },
      { constituencies: 9, seats: 30, candidates: 50 },
      { constituencies: 93, seats: 391, candidates: 649 },
    ],
    reporter: "Dương Văn Toàn",
    phone: "0205 3837 106",
  },
  {
    code: "HL",
    fileName: "Huu Lung",
    totalVoters: 89_764,
    pollingAreas: 198,
    votedAt17: 87_475,
    notVoted: 25,
    elections: [
      NA_SOUTH,
      { constituencies: 2, seats: 6, candidates: 10 },
      { constituencies: 11, seats: 35, candidates: 58 },
      { constituencies: 132, seats: 552, candidates: 915 },
    ],
    reporter: "Trần Thị Thu",
    phone: "0205 3825 107",
  },
  {
    code: "CL",
    fileName: "Chi Lang",
    totalVoters: 56_871,
    pollingAreas: 139,
    votedAt17: 56_729,
    notVoted: 7,
    elections: [
      NA_SOUTH,
      { constituencies: 1, seats: 4, candidates: 7 },
      { constituencies: 10, seats: 33, candidates: 55 },
      { constituencies: 115, seats: 483, candidates: 801 },
    ],
    reporter: "Lăng Văn Hưng",
    phone: "0205 3820 108",
  },
  {
    code: "CLO",
    fileName: "Cao Loc",
    totalVoters: 60_591,
    pollingAreas: 150,
    votedAt17: 60_240,
    notVoted: 9,
    elections: [
      NA_NORTH,
      { constituencies: 1, seats: 5, candidates: 9 },
      { constituencies: 11, seats: 35, candidates: 58 },
      { constituencies: 126, seats: 529, candidates: 876 },
    ],
    reporter: "Nông Thị Mai",
    phone: "0205 3861 109",
  },
  {
    code: "LB",
    fileName: "Loc Binh",
    totalVoters: 63_684,
    pollingAreas: 174,
    votedAt17: 62_582,
    notVoted: 11,
    elections: [
      NA_NORTH,
      { constituencies: 1, seats: 5, candidates: 9 },
      { constituencies: 11, seats: 35, candidates: 58 },
      { constituencies: 115, seats: 483, candidates: 800 },
    ],
    reporter: "Chu Văn Quang",
    phone: "0205 3840 110",
  },
  {
    code: "DL",
    fileName: "Dinh Lap",
    totalVoters: 22_150,
    pollingAreas: 70,
    votedAt17: 22_084,
    notVoted: 0,
    elections: [
      NA_NORTH,
      { constituencies: 1, seats: 3, candidates: 5 },
      { constituencies: 9, seats: 30, candidates: 50 },
      { constituencies: 66, seats: 276, candidates: 458 },
    ],
    reporter: "Mã Thị Yến",
    phone: "0205 3845 111",
  },
];
