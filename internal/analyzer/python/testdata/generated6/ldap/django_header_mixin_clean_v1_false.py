# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=django source=header shape=mixin_clean sink=v1 expected=false
import ldap3
import re

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


class CleanMixin:
    def clean(self, value):
        return re.sub(r"[^A-Za-z0-9]", "", value)


class CleanHandler(CleanMixin):
    def handle(self, value):
        return self.clean(value)


class LeakyHandler(CleanMixin):
    def handle(self, value):
        self.clean(value)
        return value


def benchmark_test_00020(request):
    param = request.headers.get("X-Benchmark", "")
    bar = CleanHandler().handle(param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00020/", benchmark_test_00020),
]
