# generated case (gen8): category=sqli rule=PY-SQLI fw=django shape=http404_guard_django expected=false
import re
import sqlite3

from django.http import Http404, JsonResponse
from django.urls import path


def case_http404_guard_django(request):
    sku = request.GET.get("sku", "")
    if not re.fullmatch(r"[A-Z]{3}-[0-9]{4}", sku):
        raise Http404("unknown sku")
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT * FROM products WHERE sku = '" + sku + "'").fetchall()
    return JsonResponse({"rows": rows})


urlpatterns = [path("sqli_http404_guard_django/", case_http404_guard_django)]
