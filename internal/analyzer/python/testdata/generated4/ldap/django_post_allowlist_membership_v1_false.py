# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=django source=post shape=allowlist_membership sink=v1 expected=false
import ldap3

from django.http import JsonResponse
from django.urls import path

CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}
LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00184(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param if param in CHOICES else "alpha"
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00184/", benchmark_test_00184),
]
