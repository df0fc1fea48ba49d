# generated case (gen8): category=sqli rule=PY-SQLI fw=django shape=django_cbv_get expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path
from django.views import View


class OrderView(View):
    def get(self, request):
        status = request.GET.get("status", "open")
        conn = sqlite3.connect("shop.db")
        rows = conn.execute(f"SELECT id FROM orders WHERE status = '{status}'").fetchall()  # want: PY-SQLI
        return JsonResponse({"rows": rows})


urlpatterns = [path("sqli_django_cbv_get/", OrderView.as_view())]
