# GraphQL resolvers (Graphene): the query's arguments are input; Int, Float and Boolean arguments are numbers
import os
import sqlite3
import subprocess

import graphene
import requests


def db():
    return sqlite3.connect("pastes.db")


class Paste(graphene.ObjectType):
    id = graphene.Int()
    title = graphene.String()


class Query(graphene.ObjectType):
    paste = graphene.Field(Paste, id=graphene.Int(), title=graphene.String())
    pastes = graphene.List(Paste, limit=graphene.NonNull(graphene.Int), filter=graphene.String())
    diagnostics = graphene.String(cmd=graphene.String())

    def resolve_paste(self, info, id=None, title=None):
        cur = db().cursor()
        cur.execute("SELECT * FROM pastes WHERE id = %s" % id)  # safe: PY-SQLI (an Int argument)
        cur.execute("SELECT * FROM pastes WHERE title = '%s'" % title)  # want: PY-SQLI
        return cur.fetchone()

    @staticmethod
    def resolve_pastes(root, info, limit, filter=None):
        query = "SELECT * FROM pastes LIMIT " + str(limit)  # (an Int: safe)
        if filter:
            query += " WHERE title LIKE '%" + filter + "%'"
        return db().execute(query).fetchall()  # want: PY-SQLI

    def resolve_diagnostics(parent, info, cmd):
        return os.popen(cmd).read()  # want: PY-CMDI


class ImportPaste(graphene.Mutation):
    class Arguments:
        host = graphene.String(required=True)
        port = graphene.Int()
        path = graphene.String(required=True)

    result = graphene.String()

    def mutate(self, info, host, port, path):
        url = "http://%s:%d%s" % (host, port, path)
        content = requests.get(url, timeout=5, proxies={"http": os.environ["HTTP_PROXY"]}).text  # want: PY-SSRF
        return ImportPaste(result=content)


class UploadPaste(graphene.Mutation):
    class Arguments:
        filename = graphene.String(required=True)
        count = graphene.Int(required=True)

    ok = graphene.Boolean()

    def mutate(self, info, filename, count):
        subprocess.run("wc -l /srv/uploads/" + str(count), shell=True)  # safe: PY-CMDI (an Int argument)
        with open(os.path.join("/srv/uploads", filename), "w") as fh:  # want: PY-PATH-TRAVERSAL
            fh.write("")
        return UploadPaste(ok=True)


class Mutation(graphene.ObjectType):
    import_paste = ImportPaste.Field()
    upload_paste = UploadPaste.Field()


def helper_not_a_resolver(title):
    return db().execute("SELECT * FROM pastes WHERE title = '%s'" % title).fetchall()  # safe: PY-SQLI (nothing calls it with input)


schema = graphene.Schema(query=Query, mutation=Mutation)


class Viewer(graphene.ObjectType):
    me = graphene.String()

    def resolve_me(self, info):
        who = info.context.headers.get("X-User", "")
        return db().execute("SELECT * FROM users WHERE name = '%s'" % who).fetchone()  # want: PY-SQLI

    def resolve_field(self, info):
        return db().execute("SELECT '%s'" % info.field_name).fetchone()  # safe: PY-SQLI
