;; Exact int8 dot products of consecutive stored rows with one query, 16 lanes at a time (WebAssembly
;; SIMD): what the search by meaning reads a few thousand of per page sentence (src/match/int8-dots.ts).
;; `npm run wasm` assembles this file into src/match/int8-dots-wasm.ts; a unit test checks the two agree.
(module
  (memory (export "memory") 1)
  ;; dots(rows, dims, query, count, out): for i < count, the i32 at out + 4i = row i · query, row i being
  ;; the dims int8 bytes at rows + i·dims, the query the dims int8 bytes at `query`. The rows are
  ;; consecutive (a list of the search's inverted file), so the reads stream through memory. dims is a
  ;; multiple of 16. Each product of two int8 fits an i16, and a sum of up to 2^16 of them an i32: exact.
  (func (export "dots") (param $rows i32) (param $dims i32) (param $query i32) (param $count i32) (param $out i32)
    (local $i i32) (local $row i32) (local $d i32) (local $sum v128) (local $a v128) (local $q v128)
    (local.set $row (local.get $rows))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $sum (v128.const i32x4 0 0 0 0))
        (local.set $d (i32.const 0))
        (block $end
          (loop $step
            (br_if $end (i32.ge_u (local.get $d) (local.get $dims)))
            (local.set $a (v128.load (i32.add (local.get $row) (local.get $d))))
            (local.set $q (v128.load (i32.add (local.get $query) (local.get $d))))
            (local.set $sum (i32x4.add (local.get $sum)
              (i32x4.extadd_pairwise_i16x8_s (i16x8.extmul_low_i8x16_s (local.get $a) (local.get $q)))))
            (local.set $sum (i32x4.add (local.get $sum)
              (i32x4.extadd_pairwise_i16x8_s (i16x8.extmul_high_i8x16_s (local.get $a) (local.get $q)))))
            (local.set $d (i32.add (local.get $d) (i32.const 16)))
            (br $step)))
        (i32.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2)))
          (i32.add (i32.add (i32x4.extract_lane 0 (local.get $sum)) (i32x4.extract_lane 1 (local.get $sum)))
                   (i32.add (i32x4.extract_lane 2 (local.get $sum)) (i32x4.extract_lane 3 (local.get $sum)))))
        (local.set $row (i32.add (local.get $row) (local.get $dims)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each))))
  ;; largest_row_sum(rows, dims, count): the largest sum of absolute values over the count consecutive rows
  ;; at `rows` (the bound of the search's screen, int8-dots.ts). Each value is widened to i16 before its
  ;; absolute value is taken, so -128 counts 128.
  (func (export "largest_row_sum") (param $rows i32) (param $dims i32) (param $count i32) (result i32)
    (local $i i32) (local $row i32) (local $d i32) (local $sum v128) (local $a v128) (local $total i32)
    (local $largest i32)
    (local.set $row (local.get $rows))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $sum (v128.const i32x4 0 0 0 0))
        (local.set $d (i32.const 0))
        (block $end
          (loop $step
            (br_if $end (i32.ge_u (local.get $d) (local.get $dims)))
            (local.set $a (v128.load (i32.add (local.get $row) (local.get $d))))
            (local.set $sum (i32x4.add (local.get $sum)
              (i32x4.extadd_pairwise_i16x8_u (i16x8.abs (i16x8.extend_low_i8x16_s (local.get $a))))))
            (local.set $sum (i32x4.add (local.get $sum)
              (i32x4.extadd_pairwise_i16x8_u (i16x8.abs (i16x8.extend_high_i8x16_s (local.get $a))))))
            (local.set $d (i32.add (local.get $d) (i32.const 16)))
            (br $step)))
        (local.set $total
          (i32.add (i32.add (i32x4.extract_lane 0 (local.get $sum)) (i32x4.extract_lane 1 (local.get $sum)))
                   (i32.add (i32x4.extract_lane 2 (local.get $sum)) (i32x4.extract_lane 3 (local.get $sum)))))
        (if (i32.gt_u (local.get $total) (local.get $largest)) (then (local.set $largest (local.get $total))))
        (local.set $row (i32.add (local.get $row) (local.get $dims)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.get $largest)))
