# generated case (gen_cases2): rule=PY-SQLI context=djwraps propagation=walrus_listcomp sink=v1 expected=true
import functools
import logging
import sqlite3

from django.http import JsonResponse
from django.urls import path

log = logging.getLogger(__name__)


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_sqli(request):
    param = request.GET.get("p", "")
    bar = [y := param.strip()][0]
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return JsonResponse({"result": result})


urlpatterns = [
    path("sqli/", handle_sqli, name="sqli"),
]
