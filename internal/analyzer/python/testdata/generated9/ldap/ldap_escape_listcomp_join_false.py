# generated case (gen9): category=ldap rule=PY-LDAP-INJECTION fw=django shape=escape_listcomp_join expected=false
import ldap3
from ldap3.utils.conv import escape_filter_chars
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


def case_escape_listcomp_join(request):
    param = request.GET.get("q", "")
    flt = "(|" + "".join("(uid=%s)" % escape_filter_chars(p) for p in param.split(",")) + ")"
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, flt)
    return JsonResponse({"result": str(len(conn.entries))})


urlpatterns = [
    path("ldap_escape_listcomp_join/", case_escape_listcomp_join),
]
