# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=cookie propagation=direct sink=safe0 expected=false
import ldap

from django.http import JsonResponse
from django.urls import path
from ldap.filter import escape_filter_chars

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00525(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + escape_filter_chars(bar) + "))")
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00525/", benchmark_test_00525),
]
