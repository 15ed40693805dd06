/**
 * The table as Phaser draws it, inside the rectangle the DOM layout leaves for it: the felt, one
 * seat per role in its colour with its resources, standing and cards in hand, a glow on the seat
 * whose turn it is, and short animations for cards, offers, answers and events. Controls and texts
 * live in the DOM overlay; this scene only draws the SeatVm list it is given.
 */
import Phaser from 'phaser';
import type { SeatVm } from '../view-models/table.js';

export type TableEffect = { kind: 'card' | 'offer' | 'accept' | 'reject' | 'event'; role: string | null };

export interface StageRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function colour(hex: string): number {
  return Number.parseInt(hex.replace('#', ''), 16);
}

export class TableScene extends Phaser.Scene {
  private seats: SeatVm[] = [];
  private rect: StageRect = { x: 0, y: 0, width: 0, height: 0 };
  private layer!: Phaser.GameObjects.Container;
  private glow!: Phaser.GameObjects.Graphics;
  private positions = new Map<string, { x: number; y: number; r: number }>();

  constructor() {
    super({ key: 'table' });
  }

  create(): void {
    this.layer = this.add.container(0, 0);
    this.glow = this.add.graphics();
    this.tweens.add({ targets: this.glow, alpha: { from: 0.35, to: 1 }, duration: 900, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    this.draw();
  }

  show(seats: SeatVm[], rect: StageRect): void {
    this.seats = seats;
    this.rect = rect;
    if (this.layer) this.draw();
  }

  private draw(): void {
    this.layer.removeAll(true);
    this.positions.clear();
    const { x, y, width, height } = this.rect;
    if (width <= 0 || height <= 0) return;
    const felt = this.add.graphics();
    felt.fillStyle(0x5b3a24, 1).fillRoundedRect(x, y, width, height, 18);
    felt.fillStyle(0x1d4b47, 1).fillRoundedRect(x + 6, y + 6, width - 12, height - 12, 14);
    this.layer.add(felt);
    if (this.textures.exists('table')) {
      const img = this.add.image(x + width / 2, y + height / 2, 'table').setDisplaySize(width - 12, height - 12).setAlpha(0.9);
      this.layer.add(img);
    }
    const n = Math.max(1, this.seats.length);
    const slot = width / n;
    const r = Math.max(14, Math.min(slot * 0.16, height * 0.28));
    const small = height < 100;
    this.seats.forEach((seat, i) => {
      const cx = x + slot * (i + 0.5);
      // The DOM writes each seat's name and numbers under it; the seat sits above them.
      const cy = y + height * (small ? 0.5 : 0.38);
      this.positions.set(seat.role, { x: cx, y: cy, r });
      const g = this.add.graphics();
      g.fillStyle(colour(seat.colour), 1).fillCircle(cx, cy, r);
      g.lineStyle(seat.isYou ? 4 : 2, seat.isYou ? 0xf0e442 : 0xf3ecdd, 1).strokeCircle(cx, cy, r);
      this.layer.add(g);
      const key = seat.npc ? 'seat-npc' : `seat-${seat.kind}`;
      if (this.textures.exists(key)) this.layer.add(this.add.image(cx, cy, key).setDisplaySize(r * 1.5, r * 1.5));
      // Cards in hand, fanned behind the seat (backs only: the hand itself is private).
      const back = `card-back-${seat.kind}`;
      for (let k = 0; k < Math.min(seat.handSize, 6); k++) {
        const cw = r * 0.45;
        const ch = r * 0.65;
        if (this.textures.exists(back)) {
          this.layer.add(this.add.image(cx + r * 0.9 + k * cw * 0.35 + cw / 2, cy, back).setDisplaySize(cw, ch));
          continue;
        }
        const card = this.add.graphics();
        card.fillStyle(0xf3ecdd, 1).fillRoundedRect(cx + r * 0.9 + k * cw * 0.35, cy - ch / 2, cw, ch, 3);
        card.lineStyle(1, colour(seat.colour), 1).strokeRoundedRect(cx + r * 0.9 + k * cw * 0.35, cy - ch / 2, cw, ch, 3);
        this.layer.add(card);
      }
    });
    this.drawGlow();
  }

  private drawGlow(): void {
    this.glow.clear();
    const turn = this.seats.find((s) => s.isTurn);
    const pos = turn ? this.positions.get(turn.role) : undefined;
    if (!pos) return;
    this.glow.lineStyle(5, 0xf0e442, 1).strokeCircle(pos.x, pos.y, pos.r + 6);
    this.children.bringToTop(this.glow);
  }

  /** A short animation for something that just happened at the table. */
  play(effect: TableEffect): void {
    if (!this.layer) return;
    const from = (effect.role && this.positions.get(effect.role)) || { x: this.rect.x + this.rect.width / 2, y: this.rect.y, r: 10 };
    const centre = { x: this.rect.x + this.rect.width / 2, y: this.rect.y + this.rect.height / 2 };
    const tint = { card: 0x56b4e9, offer: 0xf3ecdd, accept: 0x56b4e9, reject: 0xd55e00, event: 0xf0e442 }[effect.kind];
    if (effect.kind === 'event') {
      const flash = this.add.graphics();
      flash.fillStyle(tint, 0.35).fillRoundedRect(this.rect.x, this.rect.y, this.rect.width, this.rect.height, 18);
      this.tweens.add({ targets: flash, alpha: 0, duration: 900, onComplete: () => flash.destroy() });
      return;
    }
    const piece = this.add.graphics({ x: from.x, y: from.y });
    if (effect.kind === 'card' || effect.kind === 'offer') piece.fillStyle(tint, 1).fillRoundedRect(-14, -20, 28, 40, 4);
    else piece.fillStyle(tint, 1).fillCircle(0, 0, 12);
    this.tweens.add({
      targets: piece,
      x: effect.kind === 'card' || effect.kind === 'offer' ? centre.x : from.x,
      y: effect.kind === 'card' || effect.kind === 'offer' ? centre.y : from.y - 30,
      angle: effect.kind === 'card' ? 360 : 0,
      alpha: { from: 1, to: 0 },
      duration: 700,
      ease: 'Cubic.easeOut',
      onComplete: () => piece.destroy(),
    });
  }
}
