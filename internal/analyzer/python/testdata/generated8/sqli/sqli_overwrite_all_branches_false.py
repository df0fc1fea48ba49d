# generated case (gen8): category=sqli rule=PY-SQLI fw=django shape=overwrite_all_branches expected=false
import sqlite3
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_overwrite_all_branches(request):
    param = request.META.get("HTTP_X_Q", "")
    col = param
    if len(param) > 3:
        col = "name"
    else:
        col = "price"
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT id FROM products ORDER BY " + col).fetchall()
    return JsonResponse({"result": str(rows)})


urlpatterns = [
    path("sqli_overwrite_all_branches/", case_overwrite_all_branches),
]
