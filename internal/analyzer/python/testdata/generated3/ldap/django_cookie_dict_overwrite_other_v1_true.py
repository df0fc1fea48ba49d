# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=cookie propagation=dict_overwrite_other sink=v1 expected=true
import ldap3

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00502(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyA-55"] = "overwritten"
    bar = m["keyB-55"]
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00502/", benchmark_test_00502),
]
