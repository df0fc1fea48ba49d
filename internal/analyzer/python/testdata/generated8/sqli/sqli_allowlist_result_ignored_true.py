# generated case (gen8): category=sqli rule=PY-SQLI fw=django shape=allowlist_result_ignored expected=true
import sqlite3
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

ALLOWED_SORT = {"name", "price", "id"}


def case_allowlist_result_ignored(request):
    param = request.GET.get("q", "")
    is_ok = param in ALLOWED_SORT
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT id, name FROM products ORDER BY " + param).fetchall()  # want: PY-SQLI
    return JsonResponse({"result": str([is_ok, rows])})


urlpatterns = [
    path("sqli_allowlist_result_ignored/", case_allowlist_result_ignored),
]
