Component({
  data: { note: 'The demo pages arrive with the demo issue.' },
});
