"""The model runtime shared by every path: chunking, the ONNX encoder, the trained heads.

A message is cut into token windows (`Chunker`); each window goes through the MiniLM encoder
(`encoder.onnx`, int8) to a 384-d embedding, and the heads (`heads.npz`) turn each embedding
into an injection probability and category logits. `LocalModel` runs this in-process with
onnxruntime; the Triton model `agentmx_text` runs the same graph and the same head arithmetic
(`apply_heads`, duplicated there because the Triton Python backend cannot import this package).
"""

from __future__ import annotations

import hashlib
import re
import zlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from agentmx_filter.models import DEFAULT_MODEL_DIR

if TYPE_CHECKING:
    import onnxruntime as ort

# 64-token windows: measured ~2.5x the throughput per window of 128-token windows on this CPU
# (attention and activations shrink), and a short attack sentence dominates a short window
# instead of being averaged away inside a long benign email.
WINDOW = 64
STRIDE = 48  # 16 tokens of overlap so a sentence cut at a boundary is whole in one window
MAX_TEXT_CHARS = 100_000  # past this a message is scored on its first 100k characters
# Characters tokenized per window a text may use: far above WordPiece's few characters per token,
# so it never cuts a window short, yet a 100 KB newsletter costs no more than its 16 windows.
CHARS_PER_WINDOW = STRIDE * 32
CLS, SEP, PAD = 101, 102, 0


class ModelMissing(RuntimeError):
    """The exported encoder or the trained heads are not where the runtime looks for them."""


@dataclass
class Chunk:
    ids: list[int]  # with [CLS] ... [SEP]
    start: int  # character span in the chunked text
    end: int


class Chunker:
    def __init__(self, model_dir: Path = DEFAULT_MODEL_DIR, window: int = WINDOW, stride: int = STRIDE) -> None:
        from tokenizers import Tokenizer

        path = Path(model_dir) / "tokenizer.json"
        if not path.exists():
            raise ModelMissing(f"{path} is missing: run `python -m agentmx_filter.models.export`")
        self.tok = Tokenizer.from_file(str(path))
        self.tok.no_truncation()
        self.tok.no_padding()
        self.window, self.stride = window, stride

    def chunks(self, texts: list[str], limits: list[int] | None = None) -> list[list[Chunk]]:
        """Token windows of each text, at most LIMITS[i] of them for text i (all when None)."""
        limits = limits or [0] * len(texts)
        encs = self.tok.encode_batch([t[:min(MAX_TEXT_CHARS, n * CHARS_PER_WINDOW or MAX_TEXT_CHARS)]
                                      for t, n in zip(texts, limits)], add_special_tokens=False)
        n = self.window - 2
        out: list[list[Chunk]] = []
        for enc, limit in zip(encs, limits):
            ids, offs = enc.ids, enc.offsets
            chunks: list[Chunk] = []
            if not ids:
                out.append([Chunk([CLS, SEP], 0, 0)])
                continue
            for i in range(0, max(len(ids) - (n - self.stride), 1), self.stride):
                piece = ids[i:i + n]
                chunks.append(Chunk([CLS, *piece, SEP], offs[i][0], offs[min(i + n, len(ids)) - 1][1]))
                if i + n >= len(ids):
                    break
            out.append(chunks[:limit] if limit else chunks)
        return out


def load_heads(model_dir: Path = DEFAULT_MODEL_DIR) -> dict[str, np.ndarray]:
    path = Path(model_dir) / "heads.npz"
    if not path.exists():
        raise ModelMissing(f"{path} is missing: train with `python -m agentmx_filter.models.train`")
    with np.load(path, allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


def apply_heads(heads: dict[str, np.ndarray], emb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Embeddings [n, 384] -> (injection probability [n], category logits [n, 9]).

    Each head is a one-hidden-layer MLP: relu(x @ W1 + b1) @ W2 + b2. Keep in step with
    triton_models/agentmx_text/1/model.py.
    """
    def mlp(p: str) -> np.ndarray:
        h = np.maximum(emb @ heads[p + "_w1"] + heads[p + "_b1"], 0.0)
        return h @ heads[p + "_w2"] + heads[p + "_b2"]

    inj = 1.0 / (1.0 + np.exp(-mlp("inj")[:, 0]))
    return inj.astype(np.float32), mlp("cat").astype(np.float32)


def batches(rows: list[list[int]], size: int) -> list[list[int]]:
    """Row indexes grouped for the encoder: sorted by length so a batch pads little. Every path
    (in-process, Triton) groups the same way, so the encoder sees the same tensors: int8 dynamic
    quantization scales activations per batch, so a window's embedding depends a little on its
    batch companions (measured: up to 0.05 in a coordinate), and so can a score near 0.5."""
    order = sorted(range(len(rows)), key=lambda i: (len(rows[i]), i))
    return [order[s:s + size] for s in range(0, len(order), size)]


def pad_batch(rows: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Pad to the longest row of this batch only (dynamic padding), never to a fixed length."""
    width = max(len(r) for r in rows)
    ids = np.full((len(rows), width), PAD, dtype=np.int64)
    mask = np.zeros((len(rows), width), dtype=np.int64)
    for i, r in enumerate(rows):
        ids[i, :len(r)] = r
        mask[i, :len(r)] = 1
    return ids, mask


def single_threaded_blas() -> None:
    """The heads are a few small matrix products: OpenBLAS's threads would only spin against
    onnxruntime's (cProfile of the scorer with the cores busy: the heads took 2.4 ms per message,
    0.06 ms on one thread). Process-wide, so only a serving process calls it, never training."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")


def session_options(threads: int = 0, spin: bool = False) -> ort.SessionOptions:
    """onnxruntime options of the in-process model's session (the Triton model sets its own).

    SPIN: the intra-op threads busy-wait for the next operator within one run instead of
    sleeping, and stop at the end of the run (force_spinning_stop), so an idle filter burns no
    CPU. A 64-token window is ~200 small operators: waking a sleeping thread for each costs more
    than the operator (see docs/models.md "Speed" for the measured trade-off on a busy host).
    """
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    if threads:
        so.intra_op_num_threads = threads
    so.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin else "0")
    so.add_session_config_entry("session.force_spinning_stop", "1")
    return so


class LocalModel:
    """onnxruntime in this process: embeddings, injection probability and category logits per window."""

    name = "local"

    def __init__(self, model_dir: Path = DEFAULT_MODEL_DIR, encoder: str = "encoder.onnx", threads: int = 0,
                 batch_size: int = 32, cache_size: int = 4096, with_heads: bool = True, spin: bool = False) -> None:
        import onnxruntime as ort

        path = Path(model_dir) / encoder
        if not path.exists():
            raise ModelMissing(f"{path} is missing: run `python -m agentmx_filter.models.export`")
        self.session = ort.InferenceSession(str(path), session_options(threads, spin), providers=["CPUExecutionProvider"])
        self.heads = load_heads(model_dir) if with_heads else {}
        if with_heads:
            single_threaded_blas()
        self.batch_size = batch_size
        # Mail repeats itself (footers, quoted replies, one newsletter to many inboxes): a window
        # seen recently is not encoded again. Keyed by token ids; the cached embedding is the one
        # computed in its first batch (see `batches` on why another batch could differ slightly).
        self._cache: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def embed(self, rows: list[list[int]]) -> np.ndarray:
        out = np.zeros((len(rows), 384), dtype=np.float32)
        keys = [hashlib.blake2b(np.asarray(r, dtype=np.int32).tobytes(), digest_size=16).digest() for r in rows]
        todo: list[int] = []
        with self._lock:
            for i, k in enumerate(keys):
                hit = self._cache.get(k) if self._cache_size else None
                if hit is None:
                    todo.append(i)
                else:
                    out[i] = hit
        for group in batches([rows[i] for i in todo], self.batch_size):
            idx = [todo[g] for g in group]
            ids, mask = pad_batch([rows[i] for i in idx])
            emb = self.session.run(["EMBEDDING"], {"INPUT_IDS": ids, "ATTENTION_MASK": mask})[0]
            out[idx] = emb
        if self._cache_size:
            with self._lock:
                for i in todo:
                    self._cache[keys[i]] = out[i]
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return out

    def infer(self, rows: list[list[int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Windows -> (embeddings [n, 384], injection probability [n], category logits [n, 9])."""
        emb = self.embed(rows)
        inj, cat = apply_heads(self.heads, emb)
        return emb, inj, cat


# --- lexical head ------------------------------------------------------------------------------
# A hashed word uni/bigram logistic regression per window, run client-side next to the encoder:
# frozen sentence embeddings blur the few words that make text an instruction to a model ("your
# answer", "ignore", "forward ... to"), which a linear model on words keeps. Its logit is added to
# the embedding head's (both trained on the same windows). Cheap: a few hundred dict lookups.
LEX_DIM = 1 << 18
_WORD = re.compile(r"\w+", re.UNICODE)
# Chinese and Japanese are written without spaces: \w+ would make a whole sentence one "word",
# so runs of those scripts become character bigrams.
_NOSPACE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


def words(text: str) -> list[str]:
    """Word tokens of TEXT for the hashed features (CJK runs as character bigrams)."""
    return _WORD.findall(_NOSPACE.sub(lambda m: " " + " ".join(m[0][i:i + 2] for i in range(len(m[0]) - 1)) + " ", text))


def lex_features(text: str) -> np.ndarray:
    toks = words(text.lower())
    grams = toks + [a + " " + b for a, b in zip(toks, toks[1:])]
    return np.unique(np.fromiter((zlib.crc32(g.encode()) % LEX_DIM for g in grams), dtype=np.int64,
                                 count=len(grams)))


def lex_logit(heads: dict[str, np.ndarray], texts: list[str]) -> np.ndarray:
    if "lex_w" not in heads:
        return np.zeros(len(texts), np.float32)
    w, b = heads["lex_w"], float(heads["lex_b"])
    out = np.empty(len(texts), np.float32)
    for i, t in enumerate(texts):
        f = lex_features(t)
        out[i] = w[f].sum() / max(np.sqrt(len(f)), 1.0) + b
    return out


# --- category lexical + header features ------------------------------------------------------
# Category is decided per message: the embedding head's mean logits over the opening windows, plus
# a hashed linear model over the opening text's words (digits folded into shapes, so "order
# 88123" and "order 40017" are one feature) and a few header facts that senders of each kind set
# (List-Unsubscribe/List-Id/Precedence for bulk mail, Auto-Submitted: auto-generated for machine
# notices, In-Reply-To for conversations). Trained jointly with the embedding head (train.py).
CAT_LEX_DIM = 1 << 15
CAT_LEX_CHARS = 1500  # ~ the two opening windows
_DIGITS = re.compile(r"\d+")
_MONEY = re.compile(r"(?:[$€£]\s?\d|\b(?:usd|eur|gbp)\s?\d|\d[.,]\d\d\b)", re.I)
_REF = re.compile(r"(?:#\s?\d{3,}|\b(?:ticket|case|request|order|invoice|booking|reference|ref)\b\W{0,3}[A-Z#-]*\d{3,})", re.I)


_ADDR = re.compile(r"([^<>\s\"@]+)@([^<>\s\"@]+)")
_ROLE = re.compile(r"(?:no-?reply|do-?not-?reply|noreply|notifications?|alerts?|news(?:letter)?|info|hello|marketing|"
                   r"offers|deals|support|help|helpdesk|service|care|billing|invoices?|orders?|receipts?|shop|store|"
                   r"accounts?|security|verify|team|admin|bounces?|mailer-daemon|postmaster|owner-|.*-request)$", re.I)


def _address(value: str) -> tuple[str, str]:
    m = _ADDR.search(value or "")
    return (m.group(1).lower(), m.group(2).lower().rstrip(">")) if m else ("", "")


def _header_tokens(headers: dict[str, str]) -> list[str]:
    """Header facts a sender's kind shows: bulk/list markers, machine-sender addresses, the
    mail client, the top-level content type, conversation references. Only headers the filter
    passes to the scorer (pipeline.SCORE_HEADERS) are read."""
    h = {k.lower(): str(v).lower() for k, v in (headers or {}).items()}
    out = []
    for name in ("list-unsubscribe", "list-id", "list-post", "in-reply-to", "references", "feedback-id",
                 "x-campaign", "x-mailchimp-id"):
        if name in h:
            out.append("__h_" + name)
    prec = h.get("precedence", "").strip()
    if prec:
        out.append("__h_precedence_" + prec.split()[0][:10])
    auto = h.get("auto-submitted", "").strip()
    if auto:
        out.append("__h_auto_" + auto.split(";")[0][:16])
    if "from" in h:
        local, domain = _address(h["from"])
        role = _ROLE.match(local.split("+")[0]) if local else None
        out.append("__from_role_" + role.group(0)[:12] if role else "__from_person")
        if "reply-to" in h and _address(h["reply-to"])[1] not in ("", domain):
            out.append("__replyto_elsewhere")
        mid = _address(h.get("message-id", ""))[1]
        if mid and domain and not (mid == domain or mid.endswith("." + domain) or domain.endswith("." + mid)):
            out.append("__msgid_elsewhere")
    ct = h.get("content-type", "").split(";")[0].strip()
    if ct:
        out.append("__ct_" + ct[:24])
    mailer = re.findall(r"[a-z]+", h.get("x-mailer", "") or h.get("user-agent", ""))
    if mailer:
        out.append("__mailer_" + mailer[0][:12])
    to = h.get("to", "")
    if "to" in h and ("undisclosed" in to or not _address(to)[0]):
        out.append("__to_undisclosed")
    elif to.count("@") > 1:
        out.append("__to_many")
    return out


def cat_features(subject: str, text: str, headers: dict[str, str] | None = None) -> np.ndarray:
    body = text[:CAT_LEX_CHARS]
    sw = ["s:" + w for w in words(_DIGITS.sub(lambda m: "0" * min(len(m.group()), 6), subject.lower()))]
    bw = words(_DIGITS.sub(lambda m: "0" * min(len(m.group()), 6), body.lower()))
    grams = sw + bw + [a + " " + b for a, b in zip(bw, bw[1:])] + _header_tokens(headers or {})
    if _MONEY.search(subject + " " + body):
        grams.append("__money")
    if _REF.search(subject + " " + body):
        grams.append("__ref")
    if not grams:
        return np.zeros(0, np.int64)
    return np.unique(np.fromiter((zlib.crc32(g.encode()) % CAT_LEX_DIM for g in grams), dtype=np.int64,
                                 count=len(grams)))


def cat_lex_logits(heads: dict[str, np.ndarray], subject: str, text: str, headers: dict[str, str] | None = None) -> np.ndarray:
    if "catlex_w" not in heads:
        return np.zeros(heads["cat_b2"].shape[0] if "cat_b2" in heads else 9, np.float32)
    f = cat_features(subject, text, headers)
    return heads["catlex_w"][f].sum(axis=0) / max(np.sqrt(len(f)), 1.0) + heads["catlex_b"]
