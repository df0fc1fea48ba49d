# interproc/reports: extract helpers that return request data (sources wrapped in functions); no sinks here
from flask import request


def requested_report():
    return request.args.get("report", "summary")


def requested_format():
    fmt = request.args.get("format", "csv")
    return fmt if fmt in ("csv", "pdf") else "csv"
