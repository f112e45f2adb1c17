// The head's dashboard: each chart drawn by ECharts from the figures the page carries as JSON
// (#dashboard-figures, what /api/dashboard answers, computed once with the page). The page
// already holds every figure in a table, so a chart that cannot be drawn loses nothing. The charts' words come
// from the page's language (the officer bundle's dashboard.chart.*, as data attributes of <main>).
document.addEventListener('DOMContentLoaded', function () {
  var main = document.querySelector('main.dashboard');
  if (!main || typeof echarts === 'undefined') {
    return;
  }
  var RED = '#8b1a1a';
  var GREY = '#9aa0a6';
  var BLUE = '#1d5fa8';
  var PALETTE = [RED, BLUE, '#b26a00', '#2e7d32', '#6a1b9a', '#00838f', '#5d4037', '#455a64'];
  var charts = [];
  var words = main.dataset;
  var months = (words.months || '').split(',');

  function year(y) {
    return (words.year || '{0}').replace('{0}', y);
  }

  function draw(id, option) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    (option.series || []).forEach(function (series) {
      if (series.type === 'bar') {
        series.barMaxWidth = 40;
      }
    });
    var chart = echarts.init(element, null, { renderer: 'svg' });
    option.color = option.color || PALETTE;
    option.textStyle = { fontFamily: 'Noto Sans SC, Microsoft YaHei, PingFang SC, sans-serif' };
    option.animation = false;
    chart.setOption(option);
    charts.push(chart);
  }

  // the rows' names as the page's table of the same figures words them (the JSON's labels are Chinese)
  function names(id, rows) {
    var chart = document.getElementById(id);
    var cells = chart ? chart.parentNode.querySelectorAll('tbody th[scope="row"]') : [];
    return rows.map(function (r, i) { return cells[i] ? cells[i].textContent : r.label; });
  }

  function wide(id) {
    var element = document.getElementById(id);
    return element !== null && element.clientWidth > 420;
  }

  // a bar chart of open work with its overdue part stacked on the part still in time
  function workload(id, rows, inTime, overdue) {
    draw(id, {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: names(id, rows),
               axisLabel: { width: 150, overflow: 'break' } },
      series: [
        { name: inTime, type: 'bar', stack: 'all', color: BLUE,
          data: rows.map(function (r) { return r.open - r.overdue; }) },
        { name: overdue, type: 'bar', stack: 'all', color: RED,
          data: rows.map(function (r) { return r.overdue; }) }
      ]
    });
  }

  var d;
  try {
    d = JSON.parse(document.getElementById('dashboard-figures').textContent);
  } catch (e) {
    d = null;
  }
  if (d && d.intake) {
    draw('chart-intake', {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: d.intake.map(function (m) { return months[m.month - 1] || m.month; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: year(d.year), type: 'bar', color: RED, data: d.intake.map(function (m) { return m.thisYear; }) },
        { name: year(d.year - 1), type: 'line', color: GREY, symbolSize: 6,
          data: d.intake.map(function (m) { return m.lastYear; }) }
      ]
    });
    draw('chart-outcomes', {
      tooltip: { trigger: 'item', formatter: words.outcomeTooltip },
      legend: { bottom: 0, type: 'scroll' },
      series: [{
        type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'],
        // on a phone the legend names the slices; labels beside them would not fit
        label: { show: wide('chart-outcomes'), formatter: words.outcomeLabel },
        data: names('chart-outcomes', d.outcomes).map(function (name, i) {
          return { name: name, value: d.outcomes[i].count };
        })
      }]
    });
    workload('chart-steps', d.byStep, words.inTime, words.overdue);
    workload('chart-departments', d.byDepartment, words.departmentInTime, words.departmentOverdue);
    draw('chart-days', {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 16, top: 16, bottom: 24, containLabel: true },
      xAxis: { type: 'category', name: words.workingDays, nameLocation: 'middle', nameGap: 28,
               data: names('chart-days', d.answerTimes.buckets) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{
        type: 'bar',
        // within the statutory 20 working days in blue, later in red
        data: d.answerTimes.buckets.map(function (b, i) {
          return { value: b.count, itemStyle: { color: i < 4 ? BLUE : RED } };
        })
      }]
    });
  } else {
    document.querySelectorAll('main.dashboard .chart').forEach(function (chart) {
      chart.hidden = true;
    });
  }

  // the charts follow the page's width (a phone turned, a window resized)
  if (typeof ResizeObserver !== 'undefined') {
    new ResizeObserver(function () {
      charts.forEach(function (chart) { chart.resize(); });
    }).observe(main);
  }
});
