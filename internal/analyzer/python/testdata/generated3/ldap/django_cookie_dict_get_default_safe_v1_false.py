# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=cookie propagation=dict_get_default_safe sink=v1 expected=false
import ldap3

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00480(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00480/", benchmark_test_00480),
]
