# generated case (gen8): category=sqli rule=PY-SQLI fw=django shape=format_map_dict expected=true
import sqlite3
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_format_map_dict(request):
    param = request.POST.get("q", "")
    sql = "SELECT id FROM users WHERE name = '{name}' AND active = 1".format_map({"name": param})
    conn = sqlite3.connect("shop.db")
    rows = conn.execute(sql).fetchall()  # want: PY-SQLI
    return JsonResponse({"result": str(rows)})


urlpatterns = [
    path("sqli_format_map_dict/", case_format_map_dict),
]
