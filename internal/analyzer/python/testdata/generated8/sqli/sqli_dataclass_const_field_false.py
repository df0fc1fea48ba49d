# generated case (gen8): category=sqli rule=PY-SQLI fw=django shape=dataclass_const_field expected=false
import sqlite3
from dataclasses import dataclass
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

@dataclass
class Filter:
    value: str
    column: str = "name"


def case_dataclass_const_field(request):
    param = request.COOKIES.get("q", "")
    flt = Filter(param)
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT id FROM products WHERE " + flt.column + " = ?", (flt.value,)).fetchall()
    return JsonResponse({"result": str(rows)})


urlpatterns = [
    path("sqli_dataclass_const_field/", case_dataclass_const_field),
]
