/**
 * The outcome charts: the Pareto frontier with the outcome, no deal and the Nash point, and each
 * indicator's ten-year curve with and without the outcome. Drawn into the rectangles of the DOM
 * slots that hold their captions, from the normalised geometry the outcome view-model computes.
 */
import Phaser from 'phaser';
import type { CurveVm, FrontierVm, Point } from '../view-models/outcome.js';
import type { StageRect } from './table-scene.js';

export interface ChartSlot {
  rect: StageRect;
  chart: { kind: 'frontier'; vm: FrontierVm } | { kind: 'curve'; vm: CurveVm };
}

const PAD = 14;

export class OutcomeScene extends Phaser.Scene {
  private g!: Phaser.GameObjects.Graphics;
  private slots: ChartSlot[] = [];
  private progress = 0;

  constructor() {
    super({ key: 'outcome' });
  }

  create(): void {
    this.g = this.add.graphics();
    this.draw();
  }

  show(slots: ChartSlot[], animate: boolean): void {
    this.slots = slots;
    if (!this.g) return;
    if (animate) {
      this.progress = 0;
      this.tweens.addCounter({ from: 0, to: 1, duration: 900, ease: 'Cubic.easeOut', onUpdate: (tw) => ((this.progress = tw.getValue() ?? 1), this.draw()) });
    } else {
      this.progress = 1;
      this.draw();
    }
  }

  private at(rect: StageRect, p: Point): { x: number; y: number } {
    return { x: rect.x + PAD + p.x * (rect.width - 2 * PAD), y: rect.y + rect.height - PAD - p.y * (rect.height - 2 * PAD) };
  }

  private draw(): void {
    const g = this.g;
    g.clear();
    for (const slot of this.slots) {
      const r = slot.rect;
      if (r.width <= 0 || r.height <= 0) continue;
      g.fillStyle(0x14202b, 1).fillRoundedRect(r.x, r.y, r.width, r.height, 8);
      g.lineStyle(1, 0x8a94a0, 0.8).strokeRect(r.x + PAD, r.y + PAD, r.width - 2 * PAD, r.height - 2 * PAD);
      if (slot.chart.kind === 'frontier') this.frontier(r, slot.chart.vm);
      else this.curve(r, slot.chart.vm);
    }
  }

  private frontier(r: StageRect, vm: FrontierVm): void {
    const g = this.g;
    const pts = vm.frontier.map((p) => this.at(r, p));
    // Dots only: these are the n-role frontier's packages seen on two roles' axes, not a 2-D curve.
    g.fillStyle(0x56b4e9, 1);
    for (const p of pts) g.fillCircle(p.x, p.y, 5);
    const nd = this.at(r, vm.noDeal);
    g.fillStyle(0xd55e00, 1).fillRect(nd.x - 6, nd.y - 6, 12, 12);
    if (vm.nash) {
      const n = this.at(r, vm.nash);
      g.lineStyle(2, 0xcc79a7, 1).strokeTriangle(n.x, n.y - 8, n.x - 7, n.y + 6, n.x + 7, n.y + 6);
    }
    const o = this.at(r, vm.outcome);
    g.lineStyle(4, 0xf0e442, 1).strokeCircle(o.x, o.y, 6 + 6 * (1 - this.progress));
  }

  private curve(r: StageRect, vm: CurveVm): void {
    const g = this.g;
    const line = (points: readonly Point[], colour: number, width: number): void => {
      const upto = Math.max(2, Math.ceil(points.length * this.progress));
      const pts = points.slice(0, upto).map((p) => this.at(r, p));
      g.lineStyle(width, colour, 1);
      for (let i = 1; i < pts.length; i++) g.lineBetween(pts[i - 1]!.x, pts[i - 1]!.y, pts[i]!.x, pts[i]!.y);
    };
    line(vm.noDeal, 0xd55e00, 2);
    line(vm.outcome, 0x56b4e9, 3);
  }
}
