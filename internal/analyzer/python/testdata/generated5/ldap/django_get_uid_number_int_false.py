# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=django source=get shape=uid_number_int expected=false
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00359(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uidNumber=%d)" % int(bar))
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00359/", benchmark_test_00359),
]
