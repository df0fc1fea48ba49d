# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=django source=header shape=template_method_clean sink=v0 expected=false
import ldap
import re

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


class Pipeline:
    def __init__(self, value):
        self.value = value

    def run(self):
        return self.transform(self.value)

    def transform(self, value):
        return value


class CleanPipeline(Pipeline):
    def transform(self, value):
        return re.sub(r"[^A-Za-z0-9]", "", value)


class TrimPipeline(Pipeline):
    def transform(self, value):
        return value.strip()


def benchmark_test_00013(request):
    param = request.headers.get("X-Benchmark", "")
    bar = CleanPipeline(param).run()
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00013/", benchmark_test_00013),
]
