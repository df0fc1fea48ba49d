# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=body shape=property_two_attrs_short sink=v4 expected=false
import json

from django.db import connection
from django.http import JsonResponse
from django.urls import path


class Label:
    def __init__(self, prefix, name):
        self.prefix = prefix
        self.name = name

    @property
    def full(self):
        return self.prefix + self.name

    @property
    def short(self):
        return self.prefix


def benchmark_test_00056(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Label("item-", param).short
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM auth_user WHERE username = '%s'" % bar)
        result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00056/", benchmark_test_00056),
]
