namespace RmtCases.Domain.WageValue;

/// <summary>
/// The four measured components of one main task (hoofdtaak), each a percentage 0–100.
/// </summary>
/// <param name="Tempo">T: the worker's pace compared with a regular employee.</param>
/// <param name="Quality">K: the quality of the work compared with a regular employee.</param>
/// <param name="NetWorkingTime">N: the part of the working time actually spent working on the task.</param>
/// <param name="Share">BT: the task's share of the worker's total working time; the shares add up to 100.</param>
public sealed record TaskMeasurement(decimal Tempo, decimal Quality, decimal NetWorkingTime, decimal Share);
