# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=django source=getdict shape=b64_encode_only sink=v0 expected=false
import base64
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00283(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = base64.urlsafe_b64encode(param.encode("utf-8")).decode("ascii")
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00283/", benchmark_test_00283),
]
