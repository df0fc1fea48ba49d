# generated case (gen8): category=sqli rule=PY-SQLI fw=django shape=int_validate_raw_use expected=false
import sqlite3
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_int_validate_raw_use(request):
    param = request.META.get("HTTP_X_Q", "")
    try:
        int(param)
    except ValueError:
        return JsonResponse({"result": str("bad id")})
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT * FROM invoices WHERE id = " + param).fetchall()
    return JsonResponse({"result": str(rows)})


urlpatterns = [
    path("sqli_int_validate_raw_use/", case_int_validate_raw_use),
]
