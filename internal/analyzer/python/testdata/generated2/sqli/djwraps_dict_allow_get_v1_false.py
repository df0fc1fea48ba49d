# generated case (gen_cases2): rule=PY-SQLI context=djwraps propagation=dict_allow_get sink=v1 expected=false
import functools
import logging
import sqlite3

from django.http import JsonResponse
from django.urls import path

log = logging.getLogger(__name__)


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_sqli(request):
    param = request.GET.get("p", "")
    bar = ALLOWED.get(param, "alpha")
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return JsonResponse({"result": result})


urlpatterns = [
    path("sqli/", handle_sqli, name="sqli"),
]
