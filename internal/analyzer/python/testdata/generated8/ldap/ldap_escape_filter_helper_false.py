# generated case (gen8): category=ldap rule=PY-LDAP-INJECTION fw=django shape=escape_filter_helper expected=false
import ldap3
from ldap3.utils.conv import escape_filter_chars
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


def normalize(value):
    value = value.strip()
    if len(value) > 64:
        value = value[:64]
    return escape_filter_chars(value)


def case_escape_filter_helper(request):
    param = request.COOKIES.get("q", "")
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, "(uid=" + normalize(param) + ")")
    return JsonResponse({"result": str(len(conn.entries))})


urlpatterns = [
    path("ldap_escape_filter_helper/", case_escape_filter_helper),
]
