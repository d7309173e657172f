"""The data page's spreadsheet import: detected format → mapping → map and rows → names → Commit.

Everything above the Commit button is a preview recomputed from the uploaded bytes on each run
(`atlas.layers.intake.preview`): nothing is written until the person presses Commit, which stores
one version through `atlas.layers.imports` (same audit and versions as a GIS import). Session state
holds only the person's choices (the mapping, the place picked for a name), never rows. For the
per-commune layers (shelters and services, Bajenu Gox relays) the map and the table show the
availability per area and line numbers with reasons: never a point, a name or an address.

`incidents_panel` is the stewards' door for raw incident sheets (the page decides who sees it):
the bytes go in memory straight to the aggregation (`risk.analysis.ingest`), the page shows line
numbers and reasons only, and the uploader is emptied afterwards.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import folium
import geopandas as gpd
import streamlit as st

from atlas.common.web.mapframe import add_layer, finish_map, new_map, show_map
from atlas.features.data.analysis import preview as words
from atlas.foundation.i18n import t, tn
from atlas.layers import intake, profiles
from atlas.layers.mapping import ColumnMapping, ProfileError, with_choice
from atlas.layers.registry import current_provenance
from atlas.layers.staging import Resolution
from atlas.layers.tabular import Table
from atlas.layers.validate import LayerError

NOT_IMPORTED = ""


@dataclass(frozen=True)
class Draft:
    """What the mapping widgets need before any row is staged: the layer, the table, the proposal."""

    layer: str
    table: Table
    mapping: ColumnMapping


COORDS_CHOICE = "__coords__"
UPLOADS = "intake_uploader_round"  # bumping it gives a fresh, empty uploader after a commit


def uploader_key(name: str) -> str:
    return f"{name}_{st.session_state.get(UPLOADS, 0)}"


def clear_uploaders() -> None:
    st.session_state[UPLOADS] = st.session_state.get(UPLOADS, 0) + 1


def _saved_mapping(result: Draft, lang: str, user: str) -> ColumnMapping:
    """The proposal, or the user's saved profile when one is chosen (its headers must be in this file)."""
    saved = profiles.names(user, result.layer)
    if not saved:
        return result.mapping
    choice = st.selectbox(t("intake.profile_use", lang), ["", *saved], key=f"intake_profile_{result.layer}")
    if not choice:
        return result.mapping
    try:
        return profiles.load(user, result.layer, choice, intake.layer_targets(result.layer))
    except (OSError, ProfileError):
        st.error(t("refuse.profile_unreadable", lang))
        return result.mapping


def _mapping_widgets(result: Draft, lang: str, user: str) -> ColumnMapping:
    """One selectbox per header (proposal or saved profile preselected); returns the person's mapping."""
    options = [NOT_IMPORTED, *intake.layer_targets(result.layer)]
    with st.expander(t("intake.mapping", lang), expanded=not result.mapping.columns):
        mapping = _saved_mapping(result, lang, user)
        profile_key = st.session_state.get(f"intake_profile_{result.layer}") or "proposal"
        st.caption(t("intake.mapping_help", lang))
        for i, header in enumerate(result.table.headers):
            current = mapping.target_of(header) or NOT_IMPORTED
            chosen = st.selectbox(
                header or f"#{i + 1}",
                options,
                index=options.index(current) if current in options else 0,
                format_func=lambda target: _target_label(target, lang),
                key=f"intake_map_{result.layer}_{profile_key}_{i}",
            )
            mapping = with_choice(mapping, header, chosen or None)
        name = st.text_input(t("intake.profile_name", lang), key=f"intake_profile_name_{result.layer}")
        if st.button(t("intake.profile_save", lang), key=f"intake_profile_save_{result.layer}", disabled=not name):
            try:
                profiles.save(user, name, mapping)
            except ValueError:
                st.error(t("intake.profile_bad_name", lang))
            else:
                st.success(t("intake.profile_saved", lang, name=name))
    return mapping


def _target_label(target: str, lang: str) -> str:
    if target == NOT_IMPORTED:
        return t("intake.not_imported", lang)
    key = f"intake.target.{target}"
    text = t(key, lang)
    return text if text != key else t(f"field.{target}", lang)


def _resolution_widgets(result: intake.Preview, lang: str) -> dict[str, Resolution]:
    """A picker per unresolved name: a candidate (with its area and distance hints) or typed coordinates."""
    chosen: dict[str, Resolution] = {}
    for item in result.staged.unresolved:
        lines = ", ".join(str(n) for n in item.lines[:20])
        st.markdown(t(f"preview.{item.status}", lang, name=item.name) + " — " + t("preview.lines", lang, lines=lines))
        options: list[str] = ["", *(p.id for p in item.candidates), COORDS_CHOICE]
        labels = {p.id: words.candidate_label(p, lang) for p in item.candidates}
        labels[""] = t("intake.pick", lang)
        labels[COORDS_CHOICE] = t("intake.enter_coords", lang)
        pick = st.selectbox(
            t("intake.place_for", lang, name=item.name),
            options,
            format_func=labels.__getitem__,
            key=f"intake_pick_{item.key}",
        )
        if pick == COORDS_CHOICE:
            typed = st.text_input(t("intake.coords", lang), key=f"intake_coords_{item.key}")
            parsed = words.parse_resolution(f"x={typed}") if typed else None
            if parsed is not None and isinstance(parsed[1], tuple):
                chosen[item.name] = parsed[1]
        elif pick:
            chosen[item.name] = pick
    return chosen


def _preview_map(result: intake.Preview, lang: str) -> folium.Map:
    """The accepted features (or, for per-commune layers, the resulting areas) on the offline map."""
    m = new_map(lang)
    frame = result.frame
    if frame is not None and len(frame):
        shown = frame.drop(columns=[c for c in ("line",) if c in frame])
        add_layer(m, result.layer, lang, frame=gpd.GeoDataFrame(shown, geometry="geometry", crs="EPSG:4326"))
    add_layer(m, "departments", lang)
    attributions = [current_provenance("departments").text("attribution", lang)]
    return finish_map(m, attributions, notice=t("intake.map_notice", lang))


def tabular_panel(layer_id: str, name: str, data: bytes, lang: str, user: str) -> None:
    """The whole preview-then-commit flow for one uploaded table, acting as `user`."""
    sheet = None
    try:
        table = intake.read(data, name)
        if len(table.sheets) > 1:
            sheet = st.selectbox(t("intake.sheet", lang), table.sheets, key="intake_sheet")
            table = intake.read(data, name, sheet)
    except LayerError as exc:
        st.error(t("import.refused", lang, problem=exc.message(lang)), icon=":material/block:")
        return
    st.info(words.format_line(table, lang), icon=":material/table:")
    mapping = _mapping_widgets(Draft(layer_id, table, intake.proposal(layer_id, table)), lang, user)
    result = intake.preview(layer_id, data, name, sheet=sheet, mapping=mapping)
    resolutions = _resolution_widgets(result, lang) if result.staged.unresolved else {}
    if resolutions:
        result = intake.preview(layer_id, data, name, sheet=sheet, mapping=mapping, resolutions=resolutions)
    st.markdown("**" + words.counts_line(result, lang) + "**")
    if result.is_area_layer:
        st.caption(t("intake.areas_only", lang))
    show_map(_preview_map(result, lang), key=f"intake_map_{layer_id}", height=420, returned_objects=())
    st.dataframe(words.rows_table(result, lang), hide_index=True, width="stretch")
    with st.form("intake_commit"):
        source = st.text_input(t("import.source", lang))
        licence = st.text_input(t("import.licence", lang))
        date = st.text_input(t("import.date", lang))
        committed = st.form_submit_button(t("intake.commit", lang), disabled=not result.ready)
    if not result.ready:
        st.warning(_blocker(result, lang), icon=":material/pending:")
    if committed:
        try:
            record = intake.commit(result, data, name, source, licence, user=user, date=date)
        except LayerError as exc:
            st.error(t("import.refused", lang, problem=exc.message(lang)), icon=":material/block:")
            return
        clear_uploaders()
        st.session_state["intake_done"] = (layer_id, record.version, record.features)
        st.rerun()


def _blocker(result: intake.Preview, lang: str) -> str:
    if result.staged.unresolved:
        return tn("refuse.unresolved_names", len(result.staged.unresolved), lang, n=len(result.staged.unresolved))
    return t("intake.nothing_to_commit", lang)


def show_done(lang: str) -> None:
    """The message of the commit just made (once, after the rerun that emptied the uploader)."""
    done = st.session_state.pop("intake_done", None)
    if done is not None:
        layer = t(f"layer.{done[0]}", lang)
        st.success(
            tn("import.done", done[2], lang, layer=layer)
            + " "
            + t("versions.now_current", lang, layer=layer, version=done[1])
        )


def incidents_panel(lang: str, user: str) -> None:
    """Raw incident sheet → a new release, in memory; only line numbers and reasons are ever shown."""
    from atlas.features.risk.analysis.api import releases_root
    from atlas.features.risk.analysis.ingest import ingest
    from atlas.features.risk.analysis.raw import RawUpload

    st.subheader(t("intake.incidents_title", lang))
    st.markdown(t("intake.incidents_intro", lang))
    upload = st.file_uploader(t("import.file", lang), key=uploader_key("intake_incidents"))
    drop = st.checkbox(t("intake.drop_invalid", lang), key="intake_incidents_drop")
    go = st.button(t("intake.incidents_run", lang), disabled=upload is None, key="intake_incidents_go")
    if not go or upload is None:
        return
    source = RawUpload(upload.name, upload.getvalue())
    folder = releases_root() / f"import-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}"
    try:
        report = ingest(source, folder, drop_invalid=drop)
    except (ValueError, RuntimeError) as exc:  # messages name lines and problems, never a value
        st.error(t("intake.incidents_refused", lang, problem=str(exc)), icon=":material/block:")
    else:
        skipped = report.rows_read - report.incidents_used
        st.success(t("intake.incidents_done", lang, used=report.incidents_used, skipped=skipped))
        if report.dropped:
            from atlas.features.risk.analysis.raw import describe_problems

            st.code(describe_problems(report.dropped), language=None)
    finally:
        del source
        clear_uploaders()  # the uploader forgets the file: it is not kept for the next run
