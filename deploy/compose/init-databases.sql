-- One database and owner per service, as on the local stack (deploy/devstack) and in the cluster (one
-- CloudNativePG cluster each). Demo credentials for a machine of your own only.
CREATE ROLE intake LOGIN PASSWORD 'intake';
CREATE DATABASE intake OWNER intake;
CREATE ROLE dispatch LOGIN PASSWORD 'dispatch';
CREATE DATABASE dispatch OWNER dispatch;
CREATE ROLE sla LOGIN PASSWORD 'sla';
CREATE DATABASE sla OWNER sla;
CREATE ROLE notification LOGIN PASSWORD 'notification';
CREATE DATABASE notification OWNER notification;
